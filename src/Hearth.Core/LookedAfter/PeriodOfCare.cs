namespace Hearth.Core.LookedAfter;

/// <summary>A legal status (SSDA903 LS code, statutory-data.md B.2) held from a date until the next one.</summary>
public sealed record LegalStatusSpell(DateOnly From, string Code);

/// <summary>
/// A placement from a date until the next one: the placement type (PLACE), the provider (PLACE_PROVIDER), who the carer
/// is (so a move to the same carer is told apart from a new carer), the Ofsted URN and the placement's postcode, and
/// why the child moved here from the placement before (REASON_PLACE_CHANGE; none for the first placement).
/// </summary>
public sealed record PlacementSpell(DateOnly From, string Place, string? Provider, string Carer, string? Urn = null,
    string? Postcode = null, string? ReasonForMove = null);

/// <summary>
/// A period of care: from the day the child became looked after until they ceased to be, with the legal statuses and
/// placements that run through it. The SSDA903 episodes are derived from this, never typed (issue 6).
/// <paramref name="FirstEpisodeReason"/> is the RNE of the first episode when it is not S: a period imported from a
/// return that began before the file's year keeps the RNE the file gave it; null means the child started to be
/// looked after on <paramref name="Start"/> (S).
/// </summary>
public sealed record PeriodOfCare(
    DateOnly Start,
    string CategoryOfNeed,
    string? HomePostcode,
    IReadOnlyList<LegalStatusSpell> LegalStatuses,
    IReadOnlyList<PlacementSpell> Placements,
    DateOnly? End = null,
    string? ReasonCeased = null,
    string? FirstEpisodeReason = null);
