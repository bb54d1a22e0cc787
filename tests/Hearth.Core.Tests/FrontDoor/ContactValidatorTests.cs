using Hearth.Core.FrontDoor;
using Hearth.Core.Validation;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.FrontDoor;

public class ContactValidatorTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static readonly ContactInput Valid = new()
    {
        ReceivedAt = Now.AddHours(-1),
        Channel = ContactChannel.Phone,
        Type = ContactType.Concern,
        ReferrerName = "Sam Teacher",
        ReferralSource = "2A",
        Concern = "Bruising seen on the child's arm.",
        Consent = ConsentStatus.Given,
        Children = [Guid.NewGuid()],
    };

    private static IReadOnlyList<FieldError> Errors(ContactInput input, bool childrenRequired = true)
    {
        try
        {
            ContactValidator.Validate(input, Now, childrenRequired);
            return [];
        }
        catch (ValidationFailedException e)
        {
            return e.Errors;
        }
    }

    [Fact]
    public void A_complete_contact_is_valid() => Errors(Valid).ShouldBeEmpty();

    [Fact]
    public void A_consent_override_requires_who_decided_and_why()
    {
        var errors = Errors(Valid with { Consent = ConsentStatus.Overridden });
        errors.Select(e => e.Field).ShouldBe(["ConsentOverriddenBy", "ConsentOverrideReason"], ignoreOrder: true);
        errors.ShouldContain(e => e.Message == "Enter who decided to override consent");
        Errors(Valid with { Consent = ConsentStatus.Overridden, ConsentOverriddenBy = "A. Manager, MASH team manager", ConsentOverrideReason = "Father is the alleged abuser" })
            .ShouldBeEmpty();
    }

    [Fact]
    public void Consent_not_given_requires_a_reason() =>
        Errors(Valid with { Consent = ConsentStatus.NotGiven }).ShouldHaveSingleItem().Field.ShouldBe("ConsentNotGivenReason");

    [Fact]
    public void Consent_must_be_answered() =>
        Errors(Valid with { Consent = null }).ShouldHaveSingleItem().Field.ShouldBe("Consent");

    [Fact]
    public void A_contact_dated_in_the_future_is_refused() =>
        Errors(Valid with { ReceivedAt = Now.AddHours(2) }).ShouldHaveSingleItem().Message.ShouldBe("The date and time received must be now or in the past");

    [Fact]
    public void A_contact_about_no_child_is_refused_unless_it_came_from_the_public_form()
    {
        Errors(Valid with { Children = [] }).ShouldHaveSingleItem().Field.ShouldBe("Children");
        Errors(Valid with { Children = [] }, childrenRequired: false).ShouldHaveSingleItem().Field.ShouldBe("ChildrenAsDescribed");
        Errors(Valid with { Children = [], ChildrenAsDescribed = "Amy, 6, 1 High Street" }, childrenRequired: false).ShouldBeEmpty();
    }

    [Fact]
    public void Ten_megabytes_of_text_is_refused_with_a_message_about_the_field()
    {
        var error = Errors(Valid with { Concern = new string('x', 10 * 1024 * 1024) }).ShouldHaveSingleItem();
        error.Field.ShouldBe("Concern");
        error.Message.ShouldBe("The concern must be 20000 characters or fewer");
    }

    [Fact]
    public void A_police_notification_needs_its_incident_reference() =>
        Errors(Valid with { Type = ContactType.PoliceNotification, Channel = ContactChannel.PoliceNotification })
            .ShouldHaveSingleItem().Field.ShouldBe("PoliceIncidentReference");

    [Fact]
    public void An_unknown_referral_source_code_is_refused() =>
        Errors(Valid with { ReferralSource = "11" }).ShouldHaveSingleItem().Field.ShouldBe("ReferralSource");

    [Fact]
    public void An_anonymous_contact_needs_no_referrer_name() =>
        Errors(Valid with { ReferralSource = "9", ReferrerName = null }).ShouldBeEmpty();

    [Fact]
    public void A_badly_formed_email_address_is_refused() =>
        Errors(Valid with { ReferrerEmail = "not an email" }).ShouldHaveSingleItem().Field.ShouldBe("ReferrerEmail");
}
