using Hearth.Core.FrontDoor;
using Hearth.Web.Pages.Shared;

namespace Hearth.Web.Pages.Refer;

/// <summary>The public referral form's answers as typed, so a page with errors shows back what was entered.</summary>
public sealed class ReferralForm
{
    public Guid SubmissionKey { get; set; }
    public string? ReferrerName { get; set; }
    public string? ReferrerRole { get; set; }
    public string? ReferrerOrganisation { get; set; }
    public string? ReferrerPhone { get; set; }
    public string? ReferrerEmail { get; set; }
    public string? ReferralSource { get; set; }
    public string? ChildrenAsDescribed { get; set; }
    public string? Concern { get; set; }
    public string? ActionTaken { get; set; }
    public string? Consent { get; set; }
    public string? ConsentNotGivenReason { get; set; }
    public string? ConsentOverriddenBy { get; set; }
    public string? ConsentOverrideReason { get; set; }

    /// <summary>
    /// What the service checks and saves. When, how and what type are the service's to set, not the
    /// sender's; children are never linked from here (the MASH finds them through search).
    /// </summary>
    public ContactInput ToInput() => new()
    {
        SubmissionKey = SubmissionKey,
        ReferrerName = ReferrerName,
        ReferrerRole = ReferrerRole,
        ReferrerOrganisation = ReferrerOrganisation,
        ReferrerPhone = ReferrerPhone,
        ReferrerEmail = ReferrerEmail,
        ReferralSource = ReferralSource,
        ChildrenAsDescribed = ChildrenAsDescribed,
        Concern = Concern,
        ActionTaken = ActionTaken,
        Consent = FormChoice.Parse<ConsentStatus>(Consent),
        ConsentNotGivenReason = ConsentNotGivenReason,
        ConsentOverriddenBy = ConsentOverriddenBy,
        ConsentOverrideReason = ConsentOverrideReason,
    };

    public static IReadOnlyList<Choice> Sources { get; } = Hearth.Core.FrontDoor.ReferralSource.All.Select(s => new Choice(s.Code, s.Label)).ToList();

    public static IReadOnlyList<Choice> Consents { get; } =
    [
        new(nameof(ConsentStatus.Given), "Yes, the family knows about this referral and agrees to it"),
        new(nameof(ConsentStatus.NotGiven), "No", "Tell us why in the box below"),
        new(nameof(ConsentStatus.Overridden), "No, because asking them would put a child at risk of significant harm", "Tell us who decided and why in the boxes below"),
    ];
}
