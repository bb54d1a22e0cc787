namespace Hearth.Core.EarlyHelp;

/// <summary>Who asked for early help. Early help is voluntary, so a request from anyone but the family still needs the family's consent.</summary>
public enum EarlyHelpRequester
{
    Family = 1,
    ChildOrYoungPerson = 2,
    School = 3,
    EarlyYearsSetting = 4,
    Health = 5,
    Police = 6,
    Housing = 7,
    VoluntarySector = 8,

    /// <summary>A step-down from children's social care or the front door.</summary>
    ChildrensSocialCare = 9,
    Other = 10,
}

public enum EarlyHelpMeetingKind
{
    /// <summary>The family and the professionals working with them agree and review the plan together.</summary>
    TeamAroundTheFamily = 1,
    PlanReview = 2,
}

public enum EarlyHelpClosureOutcome
{
    NeedsMet = 1,
    SteppedUpToSocialCare = 2,
    FamilyWithdrewConsent = 3,
    MovedAway = 4,
    Other = 5,
}

public enum StepChangeStatus
{
    AwaitingDecision = 1,
    Accepted = 2,
    Declined = 3,
}

/// <summary>How a family was chased for a step-down's consent or paperwork.</summary>
public enum ChaseMethod
{
    Phone = 1,
    Letter = 2,
    Email = 3,
    HomeVisit = 4,
    TextMessage = 5,
    Other = 6,
}

public static class EarlyHelpCodeNames
{
    public static string Label(this EarlyHelpRequester requester) => requester switch
    {
        EarlyHelpRequester.Family => "The family",
        EarlyHelpRequester.ChildOrYoungPerson => "The child or young person",
        EarlyHelpRequester.School => "School or college",
        EarlyHelpRequester.EarlyYearsSetting => "Early years setting",
        EarlyHelpRequester.Health => "Health",
        EarlyHelpRequester.Police => "Police",
        EarlyHelpRequester.Housing => "Housing",
        EarlyHelpRequester.VoluntarySector => "Voluntary or community organisation",
        EarlyHelpRequester.ChildrensSocialCare => "Children's social care (step-down)",
        _ => "Other",
    };

    public static string Label(this EarlyHelpMeetingKind kind) => kind switch
    {
        EarlyHelpMeetingKind.TeamAroundTheFamily => "Team around the family meeting",
        _ => "Plan review",
    };

    public static string Label(this EarlyHelpClosureOutcome outcome) => outcome switch
    {
        EarlyHelpClosureOutcome.NeedsMet => "Needs met",
        EarlyHelpClosureOutcome.SteppedUpToSocialCare => "Stepped up to children's social care",
        EarlyHelpClosureOutcome.FamilyWithdrewConsent => "Family withdrew consent",
        EarlyHelpClosureOutcome.MovedAway => "Moved out of the area",
        _ => "Other",
    };

    public static string Label(this StepDirection direction) => direction switch
    {
        StepDirection.StepDown => "Step-down to early help",
        _ => "Step-up to social care",
    };

    public static string Label(this StepChangeStatus status) => status switch
    {
        StepChangeStatus.AwaitingDecision => "Awaiting decision",
        StepChangeStatus.Accepted => "Accepted",
        _ => "Declined",
    };

    public static string Label(this ChaseMethod method) => method switch
    {
        ChaseMethod.Phone => "Phone call",
        ChaseMethod.Letter => "Letter",
        ChaseMethod.Email => "Email",
        ChaseMethod.HomeVisit => "Home visit",
        ChaseMethod.TextMessage => "Text message",
        _ => "Other",
    };
}
