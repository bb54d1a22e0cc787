namespace Hearth.Core.LookedAfter;

/// <summary>
/// A looked-after child review (CPPCR 2010 regs 32-38), chaired by the independent reviewing officer: the first within
/// 20 working days, the second within 3 months, then at most every 6 months (reg 33). REVIEW_CODE says how the child
/// took part (PN0 to PN7, statutory-data.md B.2).
/// </summary>
public sealed class LookedAfterReview
{
    public const int MaxCode = 4;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CarePeriodId { get; init; }
    public Guid PersonId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string ChairName { get; set; } = "";
    public string ParticipationCode { get; set; } = "";
    public string? Recommendations { get; set; }
    public bool Imported { get; init; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}

/// <summary>
/// A statutory visit to a looked-after child by their social worker (CPPCR 2010 reg 28), with whether the child was
/// seen, and seen alone (reg 29).
/// </summary>
public sealed class LookedAfterVisit
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CarePeriodId { get; init; }
    public Guid PersonId { get; set; }
    public DateOnly VisitedOn { get; set; }
    public string VisitedBy { get; set; } = "";
    public bool ChildSeen { get; set; }
    public bool SeenAlone { get; set; }
    public string Observations { get; set; } = "";
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}

/// <summary>
/// A challenge the IRO raised about the child's plan (IRO Handbook 2010 ch 6, the dispute resolution process): informal
/// first, then formal, with its resolution.
/// </summary>
public sealed class IroChallenge
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid CarePeriodId { get; init; }
    public Guid PersonId { get; set; }
    public DateOnly RaisedOn { get; set; }
    public string RaisedBy { get; set; } = "";
    public bool Formal { get; set; }
    public string Concern { get; set; } = "";
    public DateOnly? ResolvedOn { get; set; }
    public string? Resolution { get; set; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}
