using Hearth.Core.Audit;
using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.FrontDoor;

/// <summary>Front-door records made through the real services, for tests that start part-way through the journey.</summary>
public static class FrontDoorTestData
{
    public static ContactInput Contact(params Guid[] children) => new()
    {
        SubmissionKey = Guid.NewGuid(),
        ReceivedAt = DateTime.UtcNow.AddMinutes(-30),
        Channel = ContactChannel.Phone,
        Type = ContactType.Concern,
        ReferrerName = "Pat Teacher",
        ReferrerRole = "Designated safeguarding lead",
        ReferrerOrganisation = "Hearth Primary School",
        ReferrerEmail = "dsl@school.example",
        ReferralSource = "2A",
        Concern = "The child came to school hungry and with a bruise on the cheek.",
        Consent = ConsentStatus.Given,
        Children = children,
    };

    public static Task<Contact> RecordContactAsync(this HearthWebApp app, User worker, ContactInput input) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ContactRecording>().RecordAsync(input, worker.Ctx()));

    public static Task<bool> RateAsync(this HearthWebApp app, User worker, Guid contactId, RagRating rag) =>
        app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<MashScreening>().RateAsync(contactId, rag, "Checked the history.", worker.Ctx());
            return true;
        });

    public static Task<bool> DecideAsync(this HearthWebApp app, User manager, Guid contactId, ThresholdOutcome outcome, string? rationale = "Needs an assessment.") =>
        app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ThresholdDecisions>().DecideAsync(contactId, outcome, rationale, manager.Ctx());
            return true;
        });

    /// <summary>A past CIN episode, as imported history would leave it.</summary>
    public static Task<CinEpisode> PastEpisodeAsync(this HearthWebApp app, Guid personId, DateOnly referralDate) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var episode = new CinEpisode { PersonId = personId, ReferralDate = referralDate, ReferralSource = "6", Imported = true, OpenedAt = DateTime.UtcNow };
            episode.Close(referralDate.AddMonths(2), "RC8", referralNfa: false);
            db.CinEpisodes.Add(episode);
            await db.SaveChangesAsync();
            return episode;
        });
}
