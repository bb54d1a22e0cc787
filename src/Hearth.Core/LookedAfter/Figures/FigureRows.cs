namespace Hearth.Core.LookedAfter.Figures;

/// <summary>A child the figures may count: who they are and when they were born (ages decide several cohorts).</summary>
public sealed record FigureChild(Guid PersonId, DateOnly? DateOfBirth);

/// <summary>A legal status from a date (LS code).</summary>
public sealed record FigureLegalStatus(DateOnly From, string Code);

/// <summary>A placement from a date: its PLACE code, whether it is out of the authority's area and how far from home.</summary>
public sealed record FigurePlacement(DateOnly From, string PlacementType, bool? OutOfArea = null, decimal? DistanceMiles = null,
    bool LongTerm = false);

/// <summary>A period of care with its legal statuses and placements, as slim rows.</summary>
public sealed record FigurePeriod(Guid Id, Guid PersonId, DateOnly Start, DateOnly? End,
    IReadOnlyList<FigureLegalStatus> LegalStatuses, IReadOnlyList<FigurePlacement> Placements)
{
    /// <summary>Looked after on <paramref name="date"/>: begun by then and not yet ceased (DEC is the first day not looked after).</summary>
    public bool OpenOn(DateOnly date) => Start <= date && (End is null || End > date);

    public FigureLegalStatus? StatusOn(DateOnly date) => LegalStatuses.Where(s => s.From <= date).MaxBy(s => s.From);

    public FigurePlacement? PlacementOn(DateOnly date) => Placements.Where(p => p.From <= date).MaxBy(p => p.From);
}

/// <summary>A looked-after review held (reg 33).</summary>
public sealed record FigureReview(Guid PersonId, Guid CarePeriodId, DateOnly HeldOn);

/// <summary>A statutory visit (reg 28).</summary>
public sealed record FigureVisit(Guid PersonId, Guid CarePeriodId, DateOnly VisitedOn);

/// <summary>An initial health assessment or health review (reg 7); other health entries do not count.</summary>
public sealed record FigureHealthAssessment(Guid PersonId, DateOnly On);

/// <summary>A return from a missing or away episode, with when the return home interview was held (UTC instants).</summary>
public sealed record FigureReturn(Guid PersonId, DateTime ReturnedAt, DateTime? InterviewHeldAt);

/// <summary>A contact with a care leaver: IN_TOUCH, ACTIV and ACCOM as the OC3 table codes them.</summary>
public sealed record FigureContact(Guid PersonId, DateOnly ContactOn, string InTouch, string? Activity, string? Accommodation);

/// <summary>Everything the figures are computed from: slim rows loaded by <see cref="LookedAfterFiguresQuery"/>, or made by hand in a test.</summary>
public sealed record FigureRecord(
    IReadOnlyList<FigureChild> Children,
    IReadOnlyList<FigurePeriod> Periods,
    IReadOnlyList<FigureReview> Reviews,
    IReadOnlyList<FigureVisit> Visits,
    IReadOnlyList<FigureHealthAssessment> HealthAssessments,
    IReadOnlyList<FigureReturn> Returns,
    IReadOnlyList<FigureContact> Contacts);
