using System.Net.Mail;
using Hearth.Core.Validation;

namespace Hearth.Core.FrontDoor;

/// <summary>
/// Checks a contact before anything is saved, with GOV.UK-style messages tied to the form's fields.
/// Free text is capped so a pasted document (or a 10 MB attack) is refused with a message, not stored.
/// </summary>
public static class ContactValidator
{
    public const int MaxFreeText = 20_000;
    public const int MaxShortText = 200;

    /// <param name="childrenRequired">Children linked to records (a worker's contact) rather than described (the public form).</param>
    public static void Validate(ContactInput input, DateTime nowUtc, bool childrenRequired)
    {
        var errors = new ErrorList();
        if (!childrenRequired)
        {
            errors.Required("ChildrenAsDescribed", input.ChildrenAsDescribed, "Enter the children's names, dates of birth and address");
        }
        if (input.ReceivedAt is null)
        {
            errors.Add("ReceivedDate", "Enter the date and time the contact was received");
        }
        else if (input.ReceivedAt > nowUtc.AddMinutes(1))
        {
            errors.Add("ReceivedDate", "The date and time received must be now or in the past");
        }
        if (input.Channel is null || !Enum.IsDefined(input.Channel.Value))
        {
            errors.Add("Channel", "Select how the contact was received");
        }
        if (input.Type is null || !Enum.IsDefined(input.Type.Value))
        {
            errors.Add("Type", "Select the type of contact");
        }
        if (!ReferralSource.IsValid(input.ReferralSource))
        {
            errors.Add("ReferralSource", "Select who the contact is from (the referral source)");
        }
        if (input.ReferralSource != "9")
        {
            errors.Required("ReferrerName", input.ReferrerName, "Enter the referrer's name, or choose 'Anonymous' as the source");
        }
        foreach (var (field, value, label) in new[]
        {
            ("ReferrerName", input.ReferrerName, "Referrer's name"), ("ReferrerRole", input.ReferrerRole, "Referrer's role"),
            ("ReferrerOrganisation", input.ReferrerOrganisation, "Organisation"), ("ReferrerPhone", input.ReferrerPhone, "Telephone number"),
            ("ReferrerEmail", input.ReferrerEmail, "Email address"), ("PoliceIncidentReference", input.PoliceIncidentReference, "Police incident reference"),
            ("ConsentOverriddenBy", input.ConsentOverriddenBy, "Who decided"),
        })
        {
            errors.MaxLength(field, value, MaxShortText, label);
        }
        if (!string.IsNullOrWhiteSpace(input.ReferrerEmail) && !MailAddress.TryCreate(input.ReferrerEmail.Trim(), out _))
        {
            errors.Add("ReferrerEmail", "Enter an email address in the correct format, like name@example.com");
        }
        errors.Required("Concern", input.Concern, "Enter what the concern is");
        foreach (var (field, value, label) in new[]
        {
            ("Concern", input.Concern, "The concern"), ("ActionTaken", input.ActionTaken, "What the referrer has done"),
            ("ReferrerAddress", input.ReferrerAddress, "Address"), ("ChildrenAsDescribed", input.ChildrenAsDescribed, "About the children"),
            ("ConsentNotGivenReason", input.ConsentNotGivenReason, "Reason"), ("ConsentOverrideReason", input.ConsentOverrideReason, "Why consent was overridden"),
        })
        {
            errors.MaxLength(field, value, MaxFreeText, label);
        }
        ValidateConsent(input, errors);
        if (input.Type == ContactType.PoliceNotification)
        {
            errors.Required("PoliceIncidentReference", input.PoliceIncidentReference, "Enter the police incident reference");
        }
        if (childrenRequired && input.Children.Count == 0)
        {
            errors.Add("Children", "Add at least one child the contact is about");
        }
        errors.ThrowIfAny();
    }

    /// <summary>
    /// WT23 ch.1 (information sharing): a family is told and asked unless that would place a child at
    /// risk of significant harm; then who decided and why must be on the record.
    /// </summary>
    private static void ValidateConsent(ContactInput input, ErrorList errors)
    {
        switch (input.Consent)
        {
            case ConsentStatus.Given:
                break;
            case ConsentStatus.NotGiven:
                errors.Required("ConsentNotGivenReason", input.ConsentNotGivenReason, "Enter why the family does not know or has not consented");
                break;
            case ConsentStatus.Overridden:
                errors.Required("ConsentOverriddenBy", input.ConsentOverriddenBy, "Enter who decided to override consent");
                errors.Required("ConsentOverrideReason", input.ConsentOverrideReason, "Enter why seeking consent would place the child at risk");
                break;
            default:
                errors.Add("Consent", "Select whether the family knows about the contact and consents");
                break;
        }
    }
}
