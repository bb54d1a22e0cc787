using Hearth.Core.FrontDoor;
using Hearth.Web.Pages.Shared;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>The contact form's fields as typed, so a page with errors shows back exactly what was entered.</summary>
public sealed class ContactForm
{
    public Guid SubmissionKey { get; set; }
    public DateParts ReceivedDate { get; set; } = new();
    public string? ReceivedTime { get; set; }
    public string? Channel { get; set; }
    public string? Type { get; set; }
    public string? ReferrerName { get; set; }
    public string? ReferrerRole { get; set; }
    public string? ReferrerOrganisation { get; set; }
    public string? ReferrerPhone { get; set; }
    public string? ReferrerEmail { get; set; }
    public string? ReferralSource { get; set; }
    public string? Concern { get; set; }
    public string? ActionTaken { get; set; }
    public string? Consent { get; set; }
    public string? ConsentNotGivenReason { get; set; }
    public string? ConsentOverriddenBy { get; set; }
    public string? ConsentOverrideReason { get; set; }
    public string? PoliceIncidentReference { get; set; }
    public string? IsReferral { get; set; }

    public ContactInput ToInput(DateTime? receivedAt, IReadOnlyList<Guid> children) => new()
    {
        SubmissionKey = SubmissionKey,
        ReceivedAt = receivedAt,
        Channel = FormChoice.Parse<ContactChannel>(Channel),
        Type = FormChoice.Parse<ContactType>(Type),
        ReferrerName = ReferrerName,
        ReferrerRole = ReferrerRole,
        ReferrerOrganisation = ReferrerOrganisation,
        ReferrerPhone = ReferrerPhone,
        ReferrerEmail = ReferrerEmail,
        ReferralSource = ReferralSource,
        Concern = Concern,
        ActionTaken = ActionTaken,
        Consent = FormChoice.Parse<ConsentStatus>(Consent),
        ConsentNotGivenReason = ConsentNotGivenReason,
        ConsentOverriddenBy = ConsentOverriddenBy,
        ConsentOverrideReason = ConsentOverrideReason,
        PoliceIncidentReference = PoliceIncidentReference,
        IsReferral = IsReferral == "yes",
        Children = children,
    };

    public static IReadOnlyList<Choice> Channels { get; } =
        Enum.GetValues<ContactChannel>().Where(c => c != ContactChannel.OnlineForm).Select(c => new Choice(c.ToString(), c.Label())).ToList();

    public static IReadOnlyList<Choice> Types { get; } =
    [
        new(nameof(ContactType.Concern), "A concern or request for help"),
        new(nameof(ContactType.PoliceNotification), "Police notification", "For example a domestic abuse incident. It must be given a RAG rating before it goes further."),
    ];

    public static IReadOnlyList<Choice> Sources { get; } = Hearth.Core.FrontDoor.ReferralSource.All.Select(s => new Choice(s.Code, $"{s.Code}: {s.Label}")).ToList();

    public static IReadOnlyList<Choice> Consents { get; } =
    [
        new(nameof(ConsentStatus.Given), "Yes, the family knows and consents"),
        new(nameof(ConsentStatus.NotGiven), "No", "Give the reason below"),
        new(nameof(ConsentStatus.Overridden), "No: seeking consent would place the child at risk", "Say below who decided and why"),
    ];
}
