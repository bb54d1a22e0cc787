using Hearth.Core.Assessment;
using Hearth.Core.ChildProtection;
using Hearth.Core.Returns.CinCensus;
using Hearth.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.Returns.CensusJourneys;

namespace Hearth.Web.Tests.Returns;

/// <summary>
/// Issue 5 acceptance: a demo authority's year of activity, built through the services (not SQL),
/// exports with no error-level findings.
/// </summary>
public sealed class DemoYearCensusTests(HearthWebApp app)
{
    [Fact]
    public async Task A_year_of_activity_built_through_the_services_exports_with_no_error_level_findings()
    {
        var la = await new CensusJourneys(app).WithStaffAsync();

        // (a) Referral, assessment authorised with factors, CIN plan finalised; still open.
        var cin = await la.ChildAsync("Ava");
        var cinEpisode = await la.ReferAsync(cin.Id, WorkingDaysAgo(30));
        await la.AuthorisedAssessmentAsync(cinEpisode.Id, AssessmentOf(WorkingDaysAgo(29), ["1B", "16A"], AssessmentOutcome.ChildInNeedPlan, "N1"));
        await la.FinalCinPlanAsync(cinEpisode.Id, WorkingDaysAgo(1));

        // (b) Referral, strategy discussion, section 47, ICPC, CP plan, review conference; open, assessment under way.
        var cp = await la.ChildAsync("Ben", "M");
        var cpEpisode = await la.ReferAsync(cp.Id, WorkingDaysAgo(40));
        await la.StartAssessmentAsync(cpEpisode.Id, AssessmentOf(WorkingDaysAgo(39), ["2B"], AssessmentOutcome.StrategyDiscussion, "N1"));
        var enquiry = await la.Section47Async(cpEpisode.Id, WorkingDaysAgo(39));
        await la.Section47OutcomeAsync(enquiry.Id, WorkingDaysAgo(30), Section47Outcome.ConcernsSubstantiatedConferenceNeeded);
        var icpc = await la.InitialConferenceAsync(enquiry.Id, WorkingDaysAgo(28), CategoryOfAbuse.Neglect);
        await la.ReviewConferenceAsync(icpc.ChildProtectionPlanId!.Value, WorkingDaysAgo(3), CategoryOfAbuse.Emotional);

        // (c) Referral, assessment finding no factors, closed after assessment (RC8).
        var nfa = await la.ChildAsync("Cara");
        var nfaEpisode = await la.ReferAsync(nfa.Id, WorkingDaysAgo(25));
        await la.AuthorisedAssessmentAsync(nfaEpisode.Id, AssessmentOf(WorkingDaysAgo(24), ["21"], AssessmentOutcome.NoFurtherAction, "N9"));
        await la.CloseAsync(nfaEpisode.Id, Today, "RC8");

        // (d) Referral, section 47 needing no conference, assessment, closed RC7.
        var ceased = await la.ChildAsync("Dan", "M");
        var ceasedEpisode = await la.ReferAsync(ceased.Id, WorkingDaysAgo(35));
        var noConference = await la.Section47Async(ceasedEpisode.Id, WorkingDaysAgo(34));
        await la.Section47OutcomeAsync(noConference.Id, WorkingDaysAgo(30), Section47Outcome.ConferenceNotRequired);
        await la.AuthorisedAssessmentAsync(ceasedEpisode.Id, AssessmentOf(WorkingDaysAgo(33), ["3A"], AssessmentOutcome.Other, "N2"));
        await la.CloseAsync(ceasedEpisode.Id, Today, "RC7");

        var year = CensusYear.Containing(Today);
        var messages = new Dictionary<string, CensusMessage>();
        foreach (var (name, person) in new[] { ("a", cin), ("b", cp), ("c", nfa), ("d", ceased) })
        {
            messages[name] = await la.BuildAsync(person.Id);
        }
        var findings = messages.Values.SelectMany(m => CinCensusValidator.Validate(m, year, asAt: Today)).ToList();
        var errors = findings.Where(f => !f.IsQuery).ToList();
        errors.ShouldBeEmpty("Error-level findings on good data:" + Environment.NewLine + Describe(errors)
            + Environment.NewLine + "Queries:" + Environment.NewLine + Describe(findings.Where(f => f.IsQuery)));

        // The built model: each child once, with their identifiers and characteristics.
        foreach (var (message, person) in new[] { (messages["a"], cin), (messages["b"], cp), (messages["c"], nfa), (messages["d"], ceased) })
        {
            var child = message.Children.ShouldHaveSingleItem();
            child.LaChildId.ShouldBe(person.Reference);
            child.Upn.ShouldBe(person.Upn);
            child.Disabilities.ShouldBe(["NONE"]);
            child.Ethnicity.ShouldBe("WBRI");
            child.CinDetails.ShouldHaveSingleItem().ReferralNfa.ShouldBe("false");
        }

        var a = messages["a"].Children[0].CinDetails[0];
        a.ClosureDate.ShouldBeNull();
        a.PrimaryNeedCode.ShouldBe("N1");
        a.Assessments.ShouldHaveSingleItem().Factors.ShouldBe(["16A", "1B"], ignoreOrder: true);
        a.Assessments[0].AuthorisationDate.ShouldBe(Today);
        a.CinPlans.ShouldHaveSingleItem().StartDate.ShouldBe(WorkingDaysAgo(1));
        a.CinPlans[0].EndDate.ShouldBeNull();

        var b = messages["b"].Children[0].CinDetails[0];
        b.ClosureDate.ShouldBeNull();
        b.Assessments.ShouldHaveSingleItem().AuthorisationDate.ShouldBeNull();
        b.Assessments[0].Factors.ShouldBeEmpty("factors belong only to a completed assessment (8614)");
        var s47 = b.Section47s.ShouldHaveSingleItem();
        s47.ActualStartDate.ShouldBe(WorkingDaysAgo(39));
        s47.DateOfInitialCpc.ShouldBe(WorkingDaysAgo(28));
        s47.IcpcNotRequired.ShouldBe("false");
        s47.InitialCpcTarget.ShouldBe(enquiry.InitialCpcTarget);
        b.DateOfInitialCpc.ShouldBeNull("the ICPC is on its section 47, never at both levels (2884)");
        var plan = b.ChildProtectionPlans.ShouldHaveSingleItem();
        plan.StartDate.ShouldBe(WorkingDaysAgo(28));
        plan.EndDate.ShouldBeNull();
        plan.InitialCategoryOfAbuse.ShouldBe("NEG");
        plan.LatestCategoryOfAbuse.ShouldBe("EMO");
        plan.NumberOfPreviousCpp.ShouldBe("0");
        plan.ReviewDates.ShouldBe([WorkingDaysAgo(3)]);

        var c = messages["c"].Children[0].CinDetails[0];
        c.ClosureDate.ShouldBe(Today);
        c.ReasonForClosure.ShouldBe("RC8");
        c.Assessments.ShouldHaveSingleItem().Factors.ShouldBe(["21"]);
        c.CinPlans.ShouldBeEmpty();

        var d = messages["d"].Children[0].CinDetails[0];
        d.ClosureDate.ShouldBe(Today);
        d.ReasonForClosure.ShouldBe("RC7");
        d.Section47s.ShouldHaveSingleItem().IcpcNotRequired.ShouldBe("true");
        d.Section47s[0].DateOfInitialCpc.ShouldBeNull();
        d.ChildProtectionPlans.ShouldBeEmpty();
        d.Assessments.ShouldHaveSingleItem().AuthorisationDate.ShouldBe(Today);
    }
}
