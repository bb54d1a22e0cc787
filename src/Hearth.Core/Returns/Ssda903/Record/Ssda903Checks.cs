using Hearth.Core.Data;
using Hearth.Core.Returns.CinCensus;
using Microsoft.EntityFrameworkCore;

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
public sealed class Ssda903Checks(Ssda903Builder builder, HearthDbContext db, TimeProvider clock, ReferenceData.Ssda903ReferenceData referenceData)
{
    public async Task<Ssda903Report> CheckAsync(CensusYear year, Guid? personId = null, CancellationToken ct = default)
    {
        var today = clock.TodayInEngland();
        DateOnly? asAt = today >= year.Start && today <= year.End ? today : null;
        var current = await builder.BuildAsync(new Ssda903Scope(year, personId, asAt), ct);
        var previous = await builder.BuildAsync(new Ssda903Scope(new CensusYear(year.StartYear - 1), personId), ct);
        IReadOnlyList<Ssda903Finding> findings = Ssda903Validator.Validate(
            referenceData.Context(current, year, previous, await LookedAfterEarlierAsync(current, year, ct)));
        if (personId is { } id)
        {
            // For one child, only the child's own cells: a rule about the return as a whole means nothing here.
            findings = [.. findings.Where(f => f.PersonId == id)];
        }
        return new Ssda903Report(year, asAt, current, findings);
    }

    /// <summary>
    /// The care leavers in the return whose care began before last year's collection (imported or recorded periods of
    /// care): the DfE knows their earlier episodes, so rule 1002 must not flag them for having none in the two years.
    /// </summary>
    private async Task<IReadOnlySet<string>> LookedAfterEarlierAsync(Ssda903Return current, CensusYear year, CancellationToken ct)
    {
        var leavers = current.Oc3.Where(o => o.PersonId is not null && o.CHILD is not null)
            .GroupBy(o => o.PersonId!.Value).ToDictionary(g => g.Key, g => g.First().CHILD!.Trim());
        if (leavers.Count == 0)
        {
            return new HashSet<string>();
        }
        var ids = leavers.Keys.ToList();
        var lastYearStart = new CensusYear(year.StartYear - 1).Start;
        var earlier = await db.CarePeriods.AsNoTracking().Where(p => ids.Contains(p.PersonId) && p.StartDate < lastYearStart)
            .Select(p => p.PersonId).Distinct().ToListAsync(ct);
        return earlier.Select(id => leavers[id]).ToHashSet();
    }
}
