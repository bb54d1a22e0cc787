using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.LookedAfter;

public sealed record DeprivationOfLibertyRecorded(Guid OrderId, Guid PersonId, DateOnly StartDate, DateOnly? EndDate) : IProcessEvent
{
    public string Summary => EndDate is { } end
        ? $"Deprivation of liberty order from {StartDate:d MMMM yyyy} to {end:d MMMM yyyy}"
        : $"Deprivation of liberty order from {StartDate:d MMMM yyyy}";
}

public sealed record AdoptionDecisionInput(
    DateOnly? ShouldBePlacedOn,
    DateOnly? ReversedOn,
    string? ReversedReason,
    DateOnly? BestInterestDecisionOn,
    DateOnly? MatchedOn,
    bool? FosterCarerAdopting,
    int? NumberOfAdopters,
    string? AdoptersSex,
    string? AdoptersLegalStatus);

public sealed record AdoptionDecisionRecorded(Guid CarePeriodId, Guid PersonId, AdoptionDecisionInput Details) : IProcessEvent
{
    public string Summary => Details.ReversedOn is { } reversed
        ? $"Decision that the child should be placed for adoption reversed on {reversed:d MMMM yyyy}"
        : $"Decision that the child should be placed for adoption{(Details.ShouldBePlacedOn is { } d ? $" on {d:d MMMM yyyy}" : "")}";
}

/// <summary>
/// Deprivation of liberty orders (the 903's DoLo table from 2026-27) and the adoption decisions of a period of care (the
/// AD1 and PlacedAdoption tables: the decision that the child should be placed for adoption and any reversal with RD1 to
/// RD4, the best-interest decision, the match and the adopters; Adoption Agencies Regulations 2005 regs 19 and 33).
/// </summary>
public sealed class CourtAndAdoptionService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    public const string DeprivationOfLibertyProcess = "LookedAfter.DeprivationOfLiberty";
    public const string AdoptionProcess = "LookedAfter.AdoptionDecision";

    private static readonly HashSet<string> ReversalReasons = ["RD1", "RD2", "RD3", "RD4"];
    private static readonly HashSet<string> AdopterSexes = ["M1", "F1", "MM", "FF", "MF"];
    private static readonly HashSet<string> AdopterStatuses = ["L0", "L11", "L12", "L2", "L3", "L4"];

    /// <summary>Records an order (<paramref name="orderId"/> null) or its end.</summary>
    public async Task RecordDeprivationOfLibertyAsync(Guid personId, Guid? orderId, DateOnly? start, DateOnly? end, ProcessContext ctx,
        CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct) ?? throw new RecordNotFoundException();
        var today = clock.TodayInEngland();
        var errors = new ErrorList();
        if (start is not { } from)
        {
            errors.Add("StartDate", "Enter the date the order was made");
        }
        else if (from > today || from < person.DateOfBirth)
        {
            errors.Add("StartDate", "The date the order was made must be today or in the past, and after the child was born");
        }
        if (end is { } to && (to > today || to < start))
        {
            errors.Add("EndDate", "The date the order ended must be today or in the past, and not before it was made");
        }
        errors.ThrowIfAny();
        var order = orderId is null
            ? new DeprivationOfLibertyOrder { PersonId = personId, RecordedAt = events.Now, RecordedByName = ctx.UserName }
            : await db.DeprivationOfLibertyOrders.SingleOrDefaultAsync(o => o.Id == orderId && o.PersonId == personId, ct) ?? throw new RecordNotFoundException();
        order.StartDate = start!.Value;
        order.EndDate = end;
        if (orderId is null)
        {
            db.DeprivationOfLibertyOrders.Add(order);
        }
        events.Record(ctx, DeprivationOfLibertyProcess, new DeprivationOfLibertyRecorded(order.Id, personId, order.StartDate, end), [personId]);
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordAdoptionDecisionAsync(Guid periodId, AdoptionDecisionInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var period = await db.CarePeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId, ct) ?? throw new RecordNotFoundException();
        var today = clock.TodayInEngland();
        var errors = new ErrorList();
        void Dated(string field, DateOnly? date, string what)
        {
            if (date > today || date < period.StartDate)
            {
                errors.Add(field, $"The date {what} must be today or in the past, and in the period of care");
            }
        }
        if (input.ShouldBePlacedOn is null && input.BestInterestDecisionOn is null)
        {
            errors.Add("ShouldBePlacedOn", "Enter the date of the decision that the child should be placed for adoption");
        }
        Dated("ShouldBePlacedOn", input.ShouldBePlacedOn, "of the decision");
        Dated("BestInterestDecisionOn", input.BestInterestDecisionOn, "of the best-interest decision");
        Dated("MatchedOn", input.MatchedOn, "of the match");
        Dated("ReversedOn", input.ReversedOn, "the decision was reversed");
        if (input.ReversedOn is not null != Code(input.ReversedReason) is not null)
        {
            errors.Add("ReversedReason", "Enter both the date the decision was reversed and why, or neither");
        }
        else if (Code(input.ReversedReason) is { } reason && !ReversalReasons.Contains(reason))
        {
            errors.Add("ReversedReason", "Select why the decision was reversed");
        }
        if (input.NumberOfAdopters is < 1 or > 2)
        {
            errors.Add("NumberOfAdopters", "The number of adopters must be 1 or 2");
        }
        if (Code(input.AdoptersSex) is { } sex && !AdopterSexes.Contains(sex))
        {
            errors.Add("AdoptersSex", "Select the adopters' sex");
        }
        if (Code(input.AdoptersLegalStatus) is { } status && !AdopterStatuses.Contains(status))
        {
            errors.Add("AdoptersLegalStatus", "Select the adopters' legal status");
        }
        errors.ThrowIfAny();

        var decision = await db.AdoptionDecisions.SingleOrDefaultAsync(d => d.CarePeriodId == periodId, ct);
        if (decision is null)
        {
            decision = new AdoptionDecision { PersonId = period.PersonId, CarePeriodId = periodId };
            db.AdoptionDecisions.Add(decision);
        }
        decision.ShouldBePlacedOn = input.ShouldBePlacedOn;
        decision.ReversedOn = input.ReversedOn;
        decision.ReversedReason = Code(input.ReversedReason);
        decision.BestInterestDecisionOn = input.BestInterestDecisionOn;
        decision.MatchedOn = input.MatchedOn;
        decision.FosterCarerAdopting = input.FosterCarerAdopting;
        decision.NumberOfAdopters = input.NumberOfAdopters;
        decision.AdoptersSex = Code(input.AdoptersSex);
        decision.AdoptersLegalStatus = Code(input.AdoptersLegalStatus);
        events.Record(ctx, AdoptionProcess, new AdoptionDecisionRecorded(periodId, period.PersonId, input), [period.PersonId], periodId);
        await db.SaveChangesAsync(ct);
    }

    private static string? Code(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();
}
