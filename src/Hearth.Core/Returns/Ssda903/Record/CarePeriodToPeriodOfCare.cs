using Hearth.Core.LookedAfter;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>
/// The builder's slim rows of a period of care as the <see cref="PeriodOfCare"/> its SSDA903 episodes are derived from,
/// exactly as <see cref="CarePeriodEpisodes.For"/> maps the entity (the same carer identity, the imported first-episode
/// reason), so the return and the child's page cannot disagree; the entity itself goes through <see cref="CarePeriodEpisodes.For"/>.
/// </summary>
internal static class CarePeriodToPeriodOfCare
{
    public static PeriodOfCare From(Ssda903PeriodRow period, IEnumerable<Ssda903StatusRow> statuses, IEnumerable<Ssda903PlacementRow> placements) => new(
        period.StartDate,
        period.CategoryOfNeed,
        period.HomePostcode,
        [.. statuses.OrderBy(s => s.From).Select(s => new LegalStatusSpell(s.From, s.Code))],
        [.. placements.OrderBy(p => p.From).Select(p => new PlacementSpell(p.From, p.PlacementType, p.Provider, CarePeriodEpisodes.Carer(p.CarerName), p.Urn,
            p.Postcode, p.ReasonForMove))],
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
