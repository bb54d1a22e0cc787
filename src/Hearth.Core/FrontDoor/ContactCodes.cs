namespace Hearth.Core.FrontDoor;

/// <summary>How a contact reached the front door.</summary>
public enum ContactChannel
{
    Phone = 1,
    Email = 2,
    OnlineForm = 3,
    PoliceNotification = 4,
    InPerson = 5,
    OutOfHours = 6,

    /// <summary>From within the council, e.g. early help stepping a child up to social care.</summary>
    Internal = 7,
}

/// <summary>
/// What kind of contact it is. Police notifications (a domestic abuse incident, a child present at an
/// arrest) are their own type because they must be risk-rated before they go any further.
/// </summary>
public enum ContactType
{
    Concern = 1,
    PoliceNotification = 2,
}

/// <summary>Urgency of a contact at the front door, which sets how soon the threshold decision is due.</summary>
public enum RagRating
{
    Red = 1,
    Amber = 2,
    Green = 3,
}

/// <summary>Whether the family knows about the contact and agrees to information being shared.</summary>
public enum ConsentStatus
{
    Given = 1,
    NotGiven = 2,
    /// <summary>Not sought, or overridden, because seeking consent would place the child at risk (WT23 ch.1, information sharing).</summary>
    Overridden = 3,
}

public enum ContactStatus
{
    AwaitingDecision = 1,
    Decided = 2,
}

/// <summary>The agencies the MASH asks for information.</summary>
public enum PartnerAgency
{
    Police = 1,
    Health = 2,
    Education = 3,
    Probation = 4,
    Housing = 5,
    Other = 6,
}

/// <summary>The threshold decision's outcomes (WT23 ch.3 "decide the type of response").</summary>
public enum ThresholdOutcome
{
    NoFurtherAction = 1,
    InformationAndAdvice = 2,
    UniversalServices = 3,
    EarlyHelp = 4,
    ReferralForAssessment = 5,
    StrategyDiscussion = 6,
}

public static class ContactCodeNames
{
    public static string Label(this ContactChannel channel) => channel switch
    {
        ContactChannel.Phone => "Phone",
        ContactChannel.Email => "Email",
        ContactChannel.OnlineForm => "Online referral form",
        ContactChannel.PoliceNotification => "Police notification",
        ContactChannel.InPerson => "In person",
        ContactChannel.OutOfHours => "Out of hours (emergency duty team)",
        ContactChannel.Internal => "Internal (from another council service)",
        _ => channel.ToString(),
    };

    public static string Label(this ContactType type) => type switch
    {
        ContactType.PoliceNotification => "Police notification",
        _ => "Contact",
    };

    public static string Label(this ConsentStatus consent) => consent switch
    {
        ConsentStatus.Given => "Yes, the family knows and consents",
        ConsentStatus.NotGiven => "No",
        ConsentStatus.Overridden => "Overridden: seeking consent would place the child at risk",
        _ => consent.ToString(),
    };

    public static string Label(this PartnerAgency agency) => agency.ToString();

    public static string Label(this ThresholdOutcome outcome) => outcome switch
    {
        ThresholdOutcome.NoFurtherAction => "No further action",
        ThresholdOutcome.InformationAndAdvice => "Information and advice",
        ThresholdOutcome.UniversalServices => "Universal services",
        ThresholdOutcome.EarlyHelp => "Early help (step down)",
        ThresholdOutcome.ReferralForAssessment => "Referral to children's social care for a child and family assessment",
        ThresholdOutcome.StrategyDiscussion => "Strategy discussion (immediate safeguarding)",
        _ => outcome.ToString(),
    };

    /// <summary>Outcomes that make the contact a referral to children's social care and open a CIN episode.</summary>
    public static bool OpensCinEpisode(this ThresholdOutcome outcome) =>
        outcome is ThresholdOutcome.ReferralForAssessment or ThresholdOutcome.StrategyDiscussion;
}
