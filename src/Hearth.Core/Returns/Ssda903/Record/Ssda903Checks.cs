using Hearth.Core.Data;
using Hearth.Core.Returns.CinCensus;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>A year's 903 built from the record and checked: the return, last year's beside it, and the findings.</summary>
public sealed record Ssda903Report(CensusYear Year, DateOnly? AsAt, Ssda903Return Return, IReadOnlyList<Ssda903Finding> Findings)
{
    public int Children => Return.Header.Count;

    public int Episodes => Return.Episodes.Count;
}

/// <summary>
/// The 903 as the page, the CLI and data quality see it (issue 6): the year built from the record and checked with
/// every DfE rule, with last year's return built from the record too, because the 503 family and others compare the
/// two (a child's first episode this year against their last episode last year). The current year is built as it
/// stands today; a past year as it closed on 31 March.
/// </summary>
public sealed class Ssda903Checks(Ssda903Builder builder, TimeProvider clock)
{
    public async Task<Ssda903Report> CheckAsync(CensusYear year, Guid? personId = null, CancellationToken ct = default)
    {
        var today = clock.TodayInEngland();
        DateOnly? asAt = today >= year.Start && today <= year.End ? today : null;
        var current = await builder.BuildAsync(new Ssda903Scope(year, personId, asAt), ct);
        var previous = await builder.BuildAsync(new Ssda903Scope(new CensusYear(year.StartYear - 1), personId), ct);
        IReadOnlyList<Ssda903Finding> findings = Ssda903Validator.Validate(new Ssda903Context(current, year, previous));
        if (personId is { } id)
        {
            // For one child, only the child's own cells: a rule about the return as a whole means nothing here.
            findings = [.. findings.Where(f => f.PersonId == id)];
        }
        return new Ssda903Report(year, asAt, current, findings);
    }
}
