using Hearth.Core.LookedAfter;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>
/// A period of care on the record as the <see cref="PeriodOfCare"/> its SSDA903 episodes are derived from, with the
/// imported first-episode reason (RNE L, P, T, B or U) of a period that began before the year it was imported from.
/// </summary>
/// <remarks>
/// MERGE NOTE (issue 6): branch la-record writes the same mapping as <c>CarePeriodEpisodes.For(CarePeriod)</c>; the lead
/// keeps one and points the other's callers at it. This one also maps the slim rows the 903 builder reads.
/// </remarks>
internal static class CarePeriodToPeriodOfCare
{
    public static PeriodOfCare From(CarePeriod period) => new(
        period.StartDate,
        period.CategoryOfNeed,
        period.HomePostcode,
        [.. period.LegalStatuses.Select(s => new LegalStatusSpell(s.From, s.Code))],
        [.. period.Placements.Select(p => new PlacementSpell(p.From, p.PlacementType, p.Provider, p.CarerName, p.Urn, p.Postcode, p.ReasonForMove))],
        period.EndDate,
        period.ReasonCeased,
        period.ImportedFirstEpisodeReason);

    public static PeriodOfCare From(Ssda903PeriodRow period, IEnumerable<Ssda903StatusRow> statuses, IEnumerable<Ssda903PlacementRow> placements) => new(
        period.StartDate,
        period.CategoryOfNeed,
        period.HomePostcode,
        [.. statuses.Select(s => new LegalStatusSpell(s.From, s.Code))],
        [.. placements.Select(p => new PlacementSpell(p.From, p.PlacementType, p.Provider, p.CarerName, p.Urn, p.Postcode, p.ReasonForMove))],
        period.EndDate,
        period.ReasonCeased,
        period.ImportedFirstEpisodeReason);
}

/// <summary>The columns of a period of care the return needs (not the care plan, IRO or permanence text).</summary>
internal sealed record Ssda903PeriodRow(Guid Id, Guid PersonId, DateOnly StartDate, string CategoryOfNeed, string? HomePostcode,
    DateOnly? EndDate, string? ReasonCeased, string? ImportedFirstEpisodeReason);

internal sealed record Ssda903StatusRow(Guid CarePeriodId, DateOnly From, string Code);

/// <summary>The columns of a placement the return needs (not the plan, delegated authority or contact text).</summary>
internal sealed record Ssda903PlacementRow(Guid CarePeriodId, DateOnly From, string PlacementType, string? Provider, string CarerName,
    string? Urn, string? Postcode, string? ReasonForMove);
