namespace Hearth.Core.Assessment;

/// <summary>Child and family assessments since April 2013; initial and core assessments exist only in imported history.</summary>
public enum AssessmentKind
{
    ChildAndFamily,
    Initial,
    Core,
}

public enum AssessmentStatus
{
    /// <summary>Being written; editable by its author.</summary>
    Draft,

    /// <summary>With a manager to authorise or return.</summary>
    Submitted,

    /// <summary>Authorised: complete on the authorisation date, and no longer editable.</summary>
    Authorised,
}

public enum AssessmentOutcome
{
    NoFurtherAction,
    EarlyHelp,
    ChildInNeedPlan,
    StrategyDiscussion,
    Other,
}

public static class AssessmentLabels
{
    public static string Label(this AssessmentKind kind) => kind switch
    {
        AssessmentKind.Initial => "Initial assessment",
        AssessmentKind.Core => "Core assessment",
        _ => "Child and family assessment",
    };

    public static string Label(this AssessmentStatus status) => status switch
    {
        AssessmentStatus.Submitted => "Awaiting authorisation",
        AssessmentStatus.Authorised => "Authorised",
        _ => "Draft",
    };

    public static string Label(this AssessmentOutcome outcome) => outcome switch
    {
        AssessmentOutcome.NoFurtherAction => "No further action",
        AssessmentOutcome.EarlyHelp => "Early help",
        AssessmentOutcome.ChildInNeedPlan => "Child in need plan",
        AssessmentOutcome.StrategyDiscussion => "Strategy discussion",
        _ => "Other",
    };
}

/// <summary>The CIN census primary need codes (statutory-data.md A.2), which the assessment identifies for the episode.</summary>
public static class PrimaryNeeds
{
    public static IReadOnlyList<(string Code, string Label)> All { get; } =
    [
        ("N1", "Abuse or neglect"),
        ("N2", "Child’s disability or illness"),
        ("N3", "Parental disability or illness"),
        ("N4", "Family in acute stress"),
        ("N5", "Family dysfunction"),
        ("N6", "Socially unacceptable behaviour"),
        ("N7", "Low income"),
        ("N8", "Absent parenting"),
        ("N9", "Cases other than children in need"),
        ("N0", "Not stated"),
    ];

    public static bool IsValid(string code) => All.Any(n => n.Code == code);
}
