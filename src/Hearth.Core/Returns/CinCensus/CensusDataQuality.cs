using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Returns.CinCensus;

/// <summary>The DfE findings on the record as it stands today, with the queries already explained set apart.</summary>
public sealed record DataQualityReport(CensusYear Year, DateOnly AsAt, IReadOnlyList<CensusFinding> Findings,
    IReadOnlyList<CensusQueryExplanation> Explanations)
{
    public IReadOnlyList<CensusFinding> Open { get; } =
        [.. Findings.Where(f => !f.IsQuery || !Explanations.Any(e => e.Explains(f)))];

    public IReadOnlyList<(CensusFinding Finding, CensusQueryExplanation Explanation)> Explained { get; } =
        [.. Findings.SelectMany(f => Explanations.Where(e => f.IsQuery && e.Explains(f)).Take(1).Select(e => (f, e)))];
}

/// <summary>
/// In-year data quality (issue 5): the census rules run on the record the day data is entered, for
/// one child (their record), a team (the manager's view) or everyone (the data-quality page).
/// </summary>
public sealed class CensusDataQuality(HearthDbContext db, CinCensusBuilder builder, EventRecorder events, TimeProvider clock)
{
    public const string Process = "Returns.CinCensusQuery";

    public async Task<DataQualityReport> CheckAsync(CensusScope scope, CancellationToken ct = default)
    {
        var today = clock.TodayInEngland();
        var year = CensusYear.Containing(today);
        var message = await builder.BuildAsync(year, scope with { AsAt = today }, ct);
        var findings = CinCensusValidator.Validate(message, year, asAt: today);
        if (scope != CensusScope.Everyone)
        {
            // Return-level checks (2886Q: share of children with no sex) mean nothing for one child or team.
            findings = [.. findings.Where(f => f.PersonId is not null)];
        }
        var people = findings.Where(f => f.IsQuery && f.PersonId is not null).Select(f => f.PersonId!.Value).Distinct().ToList();
        var explanations = people.Count == 0
            ? []
            : await db.CensusQueryExplanations.AsNoTracking().Where(e => people.Contains(e.PersonId)).ToListAsync(ct);
        return new DataQualityReport(year, today, findings, explanations);
    }

    /// <summary>Records why a query is right; the finding then stops showing as open while the value stays the same.</summary>
    public async Task ExplainAsync(Guid personId, string ruleCode, string table, string field, string? value, string? reason,
        ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        errors.Required("Reason", reason, "Enter why this is right");
        errors.MaxLength("Reason", reason, CensusQueryExplanation.MaxReason, "The reason");
        if (!ruleCode.EndsWith('Q'))
        {
            errors.Add("Reason", "Only a query can be explained: an error must be put right on the record");
        }
        errors.ThrowIfAny();
        var report = await CheckAsync(new CensusScope(PersonId: personId), ct);
        var finding = report.Open.FirstOrDefault(f => f.RuleCode == ruleCode && f.Table == table && f.Field == field && f.Value == value)
            ?? throw ValidationFailedException.For("Reason", "This query is no longer open: it may have been put right or explained already");
        db.CensusQueryExplanations.Add(new CensusQueryExplanation
        {
            PersonId = personId,
            RuleCode = finding.RuleCode,
            Table = finding.Table,
            Field = finding.Field,
            Value = finding.Value,
            Reason = reason!.Trim(),
            ExplainedById = ctx.UserId,
            ExplainedByName = ctx.UserName,
            ExplainedAt = events.Now,
        });
        events.Record(ctx, Process, new CensusQueryExplained(personId, ruleCode, table, field, value, reason.Trim()), [personId]);
        await db.SaveChangesAsync(ct);
    }
}
