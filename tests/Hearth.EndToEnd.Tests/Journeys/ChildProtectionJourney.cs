using System.Globalization;
using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Documents;
using Hearth.Core.FrontDoor;
using Hearth.Core.Statutory;
using Hearth.Core.Workforce;
using Hearth.EndToEnd.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace Hearth.EndToEnd.Tests.Journeys;

/// <summary>
/// Issue 4's journey, from a referral to a child protection plan. A social worker starts and writes a
/// child and family assessment with the child seen alone and her views in her own words; the team
/// manager returns it once and then authorises it. A strategy discussion starts a section 47 enquiry,
/// whose concerns are substantiated; the IRO records the initial conference on working day 14, which
/// makes a child protection plan under neglect; the first core group is recorded. The chronology shows
/// each step and prints to PDF, and the manager's direction appears on the child's record. Every page
/// is checked by axe.
/// </summary>
public sealed class ChildProtectionJourney(BrowserFixture browser, HearthServer server)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task A_referral_goes_through_assessment_and_section_47_to_a_child_protection_plan_on_the_record()
    {
        var family = HearthServer.UniqueWord("C");
        var child = await server.RecordChildAsync("Maisie", family);

        // The clock: a strategy discussion 20 working days ago, the conference on its working day 14
        // (on time: due by working day 15), the first core group 3 working days after the conference.
        var today = server.Services.GetRequiredService<TimeProvider>().TodayInEngland();
        var strategyDiscussion = WorkingDays.AddWorkingDays(today, -20);
        var conference = WorkingDays.AddWorkingDays(strategyDiscussion, 14);
        var conferenceTarget = WorkingDays.AddWorkingDays(strategyDiscussion, 15);
        var coreGroup = WorkingDays.AddWorkingDays(conference, 3);
        var referral = strategyDiscussion.AddDays(-14);
        var assessmentStart = referral.AddDays(1);
        var childSeen = referral.AddDays(3);
        var policeCallOut = strategyDiscussion.AddDays(-2);
        await ReferForAssessmentAsync(child.Id, referral);

        // The worker starts the assessment from the child's record and submits it.
        string assessmentUrl;
        await using (var worker = await Journey.SignedInAsync(browser, server, "social.worker"))
        {
            await worker.GotoAsync($"/people/{child.Id}");
            await worker.OpenTabAsync("Assessments");
            await worker.ClickAsync("start-assessment");
            (await worker.Heading()).ShouldBe("Start a child and family assessment");
            await FillDateAsync(worker, "Input_StartDate", assessmentStart);
            await FillDateAsync(worker, "Input_ChildSeenDate", childSeen);
            await FillDateAsync(worker, "Input_ChildSeenAloneDate", childSeen);
            await worker.TestId("Input_ChildViews").FillAsync("“There’s never any food when Mum’s friend stays. I make toast for my brother. I don’t like going home on Fridays.”");
            await worker.TestId("Input_HowViewsGathered").FillAsync("Seen alone at school with the three houses tool; her teaching assistant waited outside.");
            await worker.TestId("Input_ParentsViews").FillAsync("Her mother says money is tight since her partner moved in and that the school is exaggerating.");
            await worker.TestId("Input_IdentityAndDiversity").FillAsync("White British; no religion; English spoken at home. Maisie has mild asthma.");
            await worker.TestId("Input_IdentityInAnalysis").FillAsync("Her asthma makes missed prescriptions a real risk; her identity raises no other barrier to engaging.");
            await worker.TestId("Input_HistoryConsidered").FillAsync("One previous contact in 2022 (hunger at school), no further action. Police attended the address twice in September.");
            await worker.TestId("Input_Analysis").FillAsync("Maisie is often hungry and left to care for her brother; her mother’s partner drinks heavily. Her school and grandmother are protective.");
            await worker.TestId("Input_Factors-16A").CheckAsync();
            await worker.TestId("Input_Factors-1C").CheckAsync();
            await worker.Page.SelectOptionAsync("#Input_PrimaryNeedCode", "N1");
            await worker.TestId("Input_Recommendation").FillAsync("A strategy discussion with police and health about neglect.");
            await worker.TestId("Input_Outcome-StrategyDiscussion").CheckAsync();
            await worker.ScreenshotAsync("40-start-assessment");
            await worker.ClickAsync("save-assessment");
            assessmentUrl = new Uri(worker.Page.Url).AbsolutePath;
            (await worker.Heading()).ShouldBe($"Maisie {family}");
            (await worker.TestId("assessment-status").InnerTextAsync()).ShouldBe("Draft");
            (await worker.TestId("assessment-child-seen-alone").InnerTextAsync()).ShouldBe(Long(childSeen));
            (await worker.TestId("assessment-child-views").InnerTextAsync()).ShouldContain("I make toast for my brother");

            await worker.ClickAsync("submit-assessment");
            (await worker.Heading()).ShouldBe("Submit the assessment for authorisation");
            await worker.ClickAsync("submit-assessment");
            (await worker.TestId("assessment-status").InnerTextAsync()).ShouldBe("Awaiting authorisation");
        }

        // The manager returns it once.
        await using (var manager = await Journey.SignedInAsync(browser, server, "team.manager"))
        {
            await manager.GotoAsync(assessmentUrl);
            await manager.ClickAsync("review-assessment");
            (await manager.Heading()).ShouldBe("Authorise or return the assessment");
            await manager.TestId("Comments").FillAsync("Say what the grandmother can offer and how often Maisie stays with her.");
            await manager.ScreenshotAsync("41-return-assessment");
            await manager.ClickAsync("return-assessment");
            (await manager.TestId("assessment-status").InnerTextAsync()).ShouldBe("Draft");
            (await manager.TestId("assessment-return").InnerTextAsync()).ShouldContain("what the grandmother can offer");
        }

        // The worker answers the comments and submits again.
        await using (var worker = await Journey.SignedInAsync(browser, server, "social.worker"))
        {
            await worker.GotoAsync(assessmentUrl);
            (await worker.TestId("assessment-return").InnerTextAsync()).ShouldContain("Helen Marsh");
            await worker.ClickAsync("edit-assessment");
            (await worker.Heading()).ShouldBe("Child and family assessment");
            await worker.TestId("Input_Analysis").FillAsync(
                "Maisie is often hungry and left to care for her brother; her mother’s partner drinks heavily. Her school and grandmother are protective: "
                + "Maisie stays with her grandmother most weekends and she will have both children after school twice a week.");
            await worker.ClickAsync("save-assessment");
            (await worker.TestId("assessment-analysis").InnerTextAsync()).ShouldContain("grandmother most weekends");
            await worker.ClickAsync("submit-assessment");
            await worker.ClickAsync("submit-assessment");
            (await worker.TestId("assessment-status").InnerTextAsync()).ShouldBe("Awaiting authorisation");
        }

        // The manager authorises it: the author could not.
        await using (var manager = await Journey.SignedInAsync(browser, server, "team.manager"))
        {
            await manager.GotoAsync(assessmentUrl);
            await manager.ClickAsync("review-assessment");
            await manager.ClickAsync("authorise-assessment");
            (await manager.TestId("assessment-status").InnerTextAsync()).ShouldBe("Authorised");
            (await manager.TestId("assessment-authorised").InnerTextAsync()).ShouldBe($"{Long(today)} by Helen Marsh");
            (await manager.TestId("assessment-outcome").InnerTextAsync()).ShouldBe("Strategy discussion");
            await manager.ScreenshotAsync("42-assessment-authorised");
        }

        // The worker records the strategy discussion, the section 47 enquiry and its outcome.
        await using (var worker = await Journey.SignedInAsync(browser, server, "social.worker"))
        {
            await worker.GotoAsync($"/people/{child.Id}");
            await worker.OpenTabAsync("Child protection");
            (await worker.TestId("no-strategy-discussions").InnerTextAsync()).ShouldBe("No strategy discussions.");
            await worker.ClickAsync("record-strategy-discussion");
            (await worker.Heading()).ShouldBe("Record a strategy discussion");
            await FillDateAsync(worker, "HeldOn", strategyDiscussion);
            await worker.TestId("HeldAt").FillAsync("10:30");
            await worker.TestId("PoliceAttendee").FillAsync("DC Alan Price, child abuse investigation team");
            await worker.TestId("HealthAttendee").FillAsync("Jo Patel, named nurse for safeguarding");
            await worker.TestId("EducationAttendee").FillAsync("Dana Whitfield, designated safeguarding lead");
            await worker.TestId("SocialCareAttendee").FillAsync("Sam Okafor, social worker");
            await worker.TestId("InformationShared").FillAsync("Police: two call-outs for shouting at the address. Health: missed asthma reviews. School: hungry most mornings.");
            await worker.TestId("Decision-Section47JointWithPolice").CheckAsync();
            await worker.TestId("ImmediateSafetyActions").FillAsync("Maisie and her brother to stay with their grandmother while the enquiry is made.");
            await worker.ScreenshotAsync("43-strategy-discussion");
            await worker.ClickAsync("save-strategy-discussion");
            (await worker.TestId("strategy-decision").InnerTextAsync()).ShouldBe("Section 47 enquiry (joint with police)");
            (await worker.TestId("icpc-target").InnerTextAsync()).ShouldBe($"{Long(conferenceTarget)} (15 working days)");

            await worker.ClickAsync("record-section-47");
            (await worker.Heading()).ShouldBe("Start a section 47 enquiry");
            (await worker.TestId("icpc-target").InnerTextAsync()).ShouldContain(Long(conferenceTarget));
            await FillDateAsync(worker, "ChildSeenOn", strategyDiscussion);
            await FillDateAsync(worker, "ChildSeenAloneOn", strategyDiscussion);
            await worker.ClickAsync("save-section-47");
            (await worker.TestId("section-47-outcome").InnerTextAsync()).ShouldBe("Enquiry in progress");

            await worker.ClickAsync("record-section-47-outcome");
            (await worker.Heading()).ShouldBe("Record the section 47 outcome");
            await FillDateAsync(worker, "OutcomeDate", WorkingDays.AddWorkingDays(strategyDiscussion, 8));
            await worker.TestId("Outcome-ConcernsSubstantiatedConferenceNeeded").CheckAsync();
            await worker.TestId("Notes").FillAsync("Neglect substantiated: no food in the house on two visits, asthma inhalers out of date, Maisie caring for her brother.");
            await worker.ClickAsync("save-section-47-outcome");
            (await worker.TestId("section-47-outcome").InnerTextAsync()).ShouldStartWith("Concerns substantiated: initial child protection conference needed");
            await worker.ScreenshotAsync("44-section-47-concluded");
        }

        // The IRO chairs the initial conference on working day 14: it makes a plan under neglect.
        await using (var iro = await Journey.SignedInAsync(browser, server, "iro"))
        {
            await iro.GotoAsync($"/people/{child.Id}");
            await iro.OpenTabAsync("Child protection");
            await iro.ClickAsync("record-icpc");
            (await iro.Heading()).ShouldBe("Record the initial child protection conference");
            await FillDateAsync(iro, "Date", conference);
            await iro.TestId("Chair").FillAsync("Rachel Stone");
            foreach (var agency in new[] { "Police", "Health", "Education", "ChildrensSocialCare" })
            {
                await iro.TestId($"AgenciesAttended-{agency}").CheckAsync();
                await iro.TestId($"AgencyReports-{agency}").CheckAsync();
            }
            await iro.TestId("ChildParticipation-ViewsConveyed").CheckAsync();
            await iro.TestId("ChildViews").FillAsync("Maisie drew her three houses with her social worker: she wants food in the cupboard and to stay at Nan’s on Fridays.");
            await iro.TestId("Decision-Plan").CheckAsync();
            await iro.TestId("Category-NEG").CheckAsync();
            await iro.TestId("OutlinePlan").FillAsync("Mother to keep food in the house and attend the parenting course (family support worker, by the first review). Asthma review booked (health visitor, within 2 weeks).");
            await iro.ScreenshotAsync("45-initial-conference");
            await iro.ClickAsync("save-icpc");
            (await iro.TestId("icpc-working-days").InnerTextAsync()).ShouldBe($"Working day 14 from the strategy discussion; due by {Long(conferenceTarget)}");
            (await iro.TestId("icpc-on-time").InnerTextAsync()).ShouldBe("On time");
            (await iro.TestId("icpc-decision").InnerTextAsync()).ShouldBe("Child protection plan (Neglect)");
            var plan = iro.TestId("cp-plan");
            (await plan.GetByTestId("plan-open").InnerTextAsync()).ShouldBe("Open");
            (await plan.GetByTestId("initial-category").InnerTextAsync()).ShouldBe("Neglect (NEG)");
            (await plan.GetByTestId("first-core-group-due").InnerTextAsync()).ShouldStartWith(Long(WorkingDays.AddWorkingDays(conference, 10)));
        }

        // The worker records the first core group, then the chronology: one entry from the police, marked significant.
        await using (var worker = await Journey.SignedInAsync(browser, server, "social.worker"))
        {
            await worker.GotoAsync($"/people/{child.Id}");
            await worker.OpenTabAsync("Child protection");
            await worker.ClickAsync("record-core-group");
            (await worker.Heading()).ShouldBe("Record a core group meeting");
            await FillDateAsync(worker, "Date", coreGroup);
            await worker.TestId("Attendees").FillAsync("Mother; Sam Okafor (social worker); Dana Whitfield (school); Jo Patel (health visitor); Gran.");
            await worker.TestId("Notes").FillAsync("Food in the cupboards on the last two visits. Asthma review booked for next week. Parenting course starts Monday.");
            await worker.ClickAsync("save-core-group");
            (await worker.TestId("first-core-group-due").InnerTextAsync()).ShouldBe($"Held {Long(coreGroup)}");
            (await worker.TestId("plan-meetings").InnerTextAsync()).ShouldContain("Core group meeting");
            await worker.ScreenshotAsync("46-child-protection-plan");

            await worker.OpenTabAsync("Chronology");
            (await worker.Heading()).ShouldBe($"Maisie {family}");
            await worker.ClickAsync("add-chronology-entry");
            (await worker.Heading()).ShouldBe("Add an entry to the chronology");
            await FillDateAsync(worker, "Date", policeCallOut);
            await worker.TestId("Source").FillAsync("Police");
            await worker.TestId("WhatHappened").FillAsync("Officers called to the address at 22:00 after a neighbour heard shouting; Maisie found looking after her brother alone.");
            await worker.ClickAsync("save-chronology-entry");
            var callOut = worker.TestId("chronology-entry").Filter(new() { HasText = "Officers called to the address" });
            await worker.ClickAsync(callOut.GetByTestId("annotate-entry"));
            (await worker.Heading()).ShouldBe("Significance and impact on the child");
            await worker.TestId("mark-significant").CheckAsync();
            await worker.TestId("Impact").FillAsync("Maisie, aged 8, was left in charge of her brother at night and was frightened by the shouting.");
            await worker.ClickAsync("save-significance");
            (await callOut.GetByTestId("significant-tag").InnerTextAsync()).ShouldBe("Significant");
            (await callOut.GetByTestId("entry-impact").InnerTextAsync()).ShouldContain("left in charge of her brother");

            var chronology = await worker.TestId("chronology-entries").InnerTextAsync();
            chronology.ShouldContain($"Child in need episode opened: referral on {Long(referral)}");
            chronology.ShouldContain($"Child and family assessment started on {Long(assessmentStart)}");
            chronology.ShouldContain($"Child and family assessment submitted for authorisation on {Long(today)}");
            chronology.ShouldContain("Child and family assessment returned to the worker by Helen Marsh with comments");
            chronology.ShouldContain($"Child and family assessment authorised by Helen Marsh on {Long(today)}; outcome: strategy discussion");
            chronology.ShouldContain($"Strategy discussion on {Long(strategyDiscussion)}: Section 47 enquiry (joint with police); initial conference due by {Long(conferenceTarget)}");
            chronology.ShouldContain($"Section 47 enquiry started on {Long(strategyDiscussion)}");
            chronology.ShouldContain($"Section 47 enquiry concluded on {Long(WorkingDays.AddWorkingDays(strategyDiscussion, 8))}: Concerns substantiated");
            chronology.ShouldContain($"Initial child protection conference on {Long(conference)} (working day 14, on time): Child protection plan, neglect");
            chronology.ShouldContain($"Child protection plan started on {Long(conference)} under neglect");
            chronology.ShouldContain($"Core group meeting on {Long(coreGroup)}");
            await worker.ScreenshotAsync("47-chronology");

            var href = await worker.TestId("download-chronology").GetAttributeAsync("href");
            var pdf = await worker.Page.APIRequest.GetAsync(href!);
            pdf.Status.ShouldBe(200);
            pdf.Headers["content-type"].ShouldBe("application/pdf");
            var bytes = await pdf.BodyAsync();
            System.Text.Encoding.ASCII.GetString(bytes[..5]).ShouldBe("%PDF-");
            var text = string.Join(' ', PdfText.ExtractText(bytes).Split('\n', StringSplitOptions.TrimEntries));
            text.ShouldContain($"Chronology for Maisie {family}");
            text.ShouldContain($"Core group meeting on {Long(coreGroup)}");
            text.ShouldContain("Officers called to the address");
        }

        // The manager records direction on the child's record; it is there, in the chronology and in the history.
        await using var teamManager = await Journey.SignedInAsync(browser, server, "team.manager");
        await teamManager.GotoAsync($"/people/{child.Id}");
        await teamManager.OpenTabAsync("Chronology");
        await teamManager.ClickAsync("oversight-link");
        (await teamManager.TestId("no-oversight").InnerTextAsync()).ShouldBe("No management oversight has been recorded.");
        await teamManager.ClickAsync("record-oversight");
        (await teamManager.Heading()).ShouldBe("Record management direction");
        await teamManager.TestId("Decision").FillAsync("Keep the plan under neglect; the family support worker visits twice a week until the first review.");
        await teamManager.TestId("Rationale").FillAsync("Early signs of change, but Maisie is still caring for her brother at night when her mother goes out.");
        await teamManager.TestId("Actions_0__Action").FillAsync("Arrange the family support worker’s visits");
        await teamManager.TestId("Actions_0__Owner").FillAsync("Sam Okafor");
        await FillDateAsync(teamManager, "Actions_0__DueDate", WorkingDays.AddWorkingDays(today, 5));
        await teamManager.ClickAsync("save-oversight");
        (await teamManager.Heading()).ShouldBe($"Maisie {family}");
        var entry = teamManager.TestId("oversight-entry");
        (await entry.InnerTextAsync()).ShouldContain($"{Long(today)}: management direction by Helen Marsh");
        (await entry.GetByTestId("oversight-decision").InnerTextAsync()).ShouldStartWith("Keep the plan under neglect");
        (await entry.GetByTestId("oversight-action").InnerTextAsync()).ShouldBe($"Arrange the family support worker’s visits – Sam Okafor by {Long(WorkingDays.AddWorkingDays(today, 5))}");
        await teamManager.ScreenshotAsync("48-management-oversight");

        await teamManager.OpenTabAsync("Chronology");
        (await teamManager.TestId("chronology-entries").InnerTextAsync()).ShouldContain("Management oversight by Helen Marsh: Keep the plan under neglect");
        await teamManager.OpenTabAsync("History");
        (await teamManager.MainText()).ShouldContain("Management oversight by Helen Marsh: Keep the plan under neglect");

        await teamManager.ClickAsync(teamManager.Page.GetByRole(AriaRole.Link, new() { Name = "Team", Exact = true }));
        (await teamManager.Heading()).ShouldBe("Team work");
        (await teamManager.TestId("by-worker").InnerTextAsync()).ShouldContain("Sam Okafor");
        await teamManager.ScreenshotAsync("49-team-work");
    }

    /// <summary>
    /// A professional's referral received on <paramref name="referralDate"/>, linked to the child and
    /// decided by the team manager as needing an assessment, which opens the CIN episode; the child is
    /// allocated to Sam Okafor from that day.
    /// </summary>
    private Task<bool> ReferForAssessmentAsync(Guid childId, DateOnly referralDate) =>
        server.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var frontDoor = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "front.door");
            var manager = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "team.manager");
            var worker = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "social.worker");
            var contact = await sp.GetRequiredService<ContactRecording>().RecordAsync(new ContactInput
            {
                SubmissionKey = Guid.NewGuid(),
                ReceivedAt = new DateTime(referralDate, new TimeOnly(9, 30), DateTimeKind.Utc),
                Channel = ContactChannel.Phone,
                Type = ContactType.Concern,
                IsReferral = true,
                ReferrerName = "Dana Whitfield",
                ReferrerRole = "Designated safeguarding lead",
                ReferrerOrganisation = "Hearthton Primary School",
                ReferrerEmail = "dsl@hearthton-primary.example",
                ReferralSource = "2A",
                Concern = "Maisie has come to school hungry every day this week and says she looks after her little brother at night.",
                Consent = ConsentStatus.Given,
                Children = [childId],
            }, new ProcessContext(frontDoor.Id, frontDoor.DisplayName));
            var managerCtx = new ProcessContext(manager.Id, manager.DisplayName);
            await sp.GetRequiredService<ThresholdDecisions>().DecideAsync(contact.Id, ThresholdOutcome.ReferralForAssessment,
                "Persistent hunger and a child caring for a sibling at night: a child and family assessment is needed.", managerCtx);
            await sp.GetRequiredService<AllocationService>().AllocateAsync(childId, worker.Id, referralDate, managerCtx);
            return true;
        });

    private static async Task FillDateAsync(Journey journey, string id, DateOnly date)
    {
        await journey.TestId($"{id}_Day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await journey.TestId($"{id}_Month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await journey.TestId($"{id}_Year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", English);
}
