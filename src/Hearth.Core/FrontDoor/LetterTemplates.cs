using System.Globalization;
using Hearth.Core.Data;
using Hearth.Core.Documents;

namespace Hearth.Core.FrontDoor;

/// <summary>
/// The words of the letters to referrers. They name no child and repeat nothing the referrer did
/// not already tell us: a letter can go astray, and the referrer may not be entitled to more.
/// </summary>
public static class LetterTemplates
{
    public static LetterDocument For(LetterKind kind, Contact contact, FrontDoorOptions options, DateOnly today)
    {
        var received = EnglandClock.ToEnglandTime(contact.ReceivedAt).ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture);
        var opening = new[]
        {
            today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            $"Dear {contact.Referrer.Name},",
        };
        var closing = new[]
        {
            $"If you have any new concerns, or you think a child is at immediate risk, call the front door on {options.FrontDoorPhone}, or the police on 999 in an emergency. Please quote reference {contact.Reference}.",
            $"Yours sincerely,\nFront door (MASH)\n{options.AuthorityName}",
        };
        var body = kind == LetterKind.Acknowledgement
            ? new[]
            {
                $"Thank you for contacting children's services on {received}. Your contact has been received and given the reference {contact.Reference}.",
                "A qualified social worker will look at what you have told us and decide what should happen next. We will write to you again to tell you the outcome.",
            }
            : new[]
            {
                $"Thank you for your contact on {received} (reference {contact.Reference}).",
                $"We have now decided what should happen next. The outcome is: {OutcomeForReferrer(contact.Decision!.Outcome)}.",
                "We may not be able to tell you more than this, to protect the family's privacy.",
            };
        var title = kind == LetterKind.Acknowledgement ? "Acknowledgement of your contact" : "The outcome of your contact";
        return new LetterDocument(title, $"Children's Services, {options.AuthorityName}", [.. opening, .. body, .. closing]);
    }

    private static string OutcomeForReferrer(ThresholdOutcome outcome) => outcome switch
    {
        ThresholdOutcome.NoFurtherAction => "no further action by children's social care",
        ThresholdOutcome.InformationAndAdvice => "information and advice have been given",
        ThresholdOutcome.UniversalServices => "the family's needs can be met by universal services",
        ThresholdOutcome.EarlyHelp => "the family will be offered early help",
        ThresholdOutcome.ReferralForAssessment => "a social worker will carry out an assessment",
        _ => "children's social care are taking action to make sure the child is safe",
    };
}
