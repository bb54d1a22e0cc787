using Hearth.Core.Audit;
using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Core.Data.Seeding;

/// <summary>
/// The demo authority's front door: a morning's queue (unrated, red, amber and green contacts, a
/// police notification, an out-of-hours contact) and some decided contacts, one a referral that
/// opened CIN episodes, recorded through the same services as the pages.
/// </summary>
internal static class DemoFrontDoor
{
    public static async Task SeedAsync(IServiceProvider services, IReadOnlyDictionary<string, User> users, IReadOnlyList<Guid> children, CancellationToken ct)
    {
        if (children.Count < 8)
        {
            return;
        }
        var recording = services.GetRequiredService<ContactRecording>();
        var screening = services.GetRequiredService<MashScreening>();
        var decisions = services.GetRequiredService<ThresholdDecisions>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var mash = Ctx(users["front.door"]);
        var manager = Ctx(users["team.manager"]);

        async Task<Contact> Record(Guid child, double hoursAgo, string concern, ContactInput? template = null)
        {
            var input = (template ?? Template) with
            {
                SubmissionKey = Guid.NewGuid(),
                ReceivedAt = now.AddHours(-hoursAgo),
                Concern = concern,
                Children = [child],
            };
            return await recording.RecordAsync(input, mash, ct);
        }

        await Record(children[0], 0.5, "Neighbour heard shouting and a child crying late last night.", Template with { ReferralSource = "1B", ReferrerName = "A neighbour", ReferrerOrganisation = null });
        var red = await Record(children[1], 1, "Child disclosed to a teacher that her step-father hit her with a belt.");
        await screening.RateAsync(red.Id, RagRating.Red, "Disclosure of physical abuse by a household member: strategy discussion likely today.", mash, ct);
        var amber = await Record(children[2], 20, "Health visitor worried about weight loss and missed appointments.", Template with { ReferralSource = "3B", ReferrerName = "Health visitor" });
        await screening.RateAsync(amber.Id, RagRating.Amber, "Neglect indicators; no immediate risk reported.", mash, ct);
        await screening.RequestInformationAsync(amber.Id, PartnerAgency.Health, "GP surgery", "Any recent appointments or concerns?", mash, ct);
        var green = await Record(children[3], 30, "Parent asking for help with the child's behaviour at home.", Template with { ReferralSource = "1A", ReferrerName = "Parent" });
        await screening.RateAsync(green.Id, RagRating.Green, "Request for support; family consents; no safeguarding concern.", mash, ct);
        await Record(children[4], 3, "Domestic abuse incident at the home; child present, not injured.", Template with
        {
            Type = ContactType.PoliceNotification,
            Channel = ContactChannel.PoliceNotification,
            ReferralSource = "6",
            ReferrerName = "PC 4471 Davies",
            ReferrerOrganisation = "Hearthshire Police",
            PoliceIncidentReference = "HP/DA/26/0412",
            Consent = ConsentStatus.Overridden,
            ConsentOverriddenBy = "DS Patel, Hearthshire Police",
            ConsentOverrideReason = "The alleged perpetrator lives at the address; telling the family could increase the risk.",
        });
        await Record(children[5], 12, "Emergency duty team: child found alone at home overnight; mother returned at 2am.", Template with
        {
            Channel = ContactChannel.OutOfHours,
            ReferralSource = "6",
            ReferrerName = "Emergency duty team",
        });

        var referral = await Record(children[6], 50, "School reports repeated unexplained absences and a disclosure of not being fed.", Template with { IsReferral = true });
        await screening.RateAsync(referral.Id, RagRating.Amber, "Neglect concerns from school, repeated.", mash, ct);
        await decisions.DecideAsync(referral.Id, ThresholdOutcome.ReferralForAssessment,
            "Persistent neglect indicators from school with a disclosure: a child and family assessment is needed.", manager, ct);
        var earlyHelp = await Record(children[7], 70, "Family struggling with housing and school attendance.", Template with { ReferralSource = "4", ReferrerName = "Housing officer" });
        await screening.RateAsync(earlyHelp.Id, RagRating.Green, "Needs support; no safeguarding concern identified.", mash, ct);
        await decisions.DecideAsync(earlyHelp.Id, ThresholdOutcome.EarlyHelp,
            "Needs can be met by early help with a lead professional from school; the family consents.", manager, ct);
    }

    private static readonly ContactInput Template = new()
    {
        Channel = ContactChannel.Phone,
        Type = ContactType.Concern,
        ReferrerName = "Designated safeguarding lead",
        ReferrerOrganisation = "Hearthton Primary School",
        ReferrerEmail = "dsl@hearthton-primary.example",
        ReferralSource = "2A",
        Consent = ConsentStatus.Given,
    };

    private static ProcessContext Ctx(User user) => new(user.Id, user.DisplayName);
}
