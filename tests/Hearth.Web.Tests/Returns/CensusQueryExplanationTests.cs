using Hearth.Core.Assessment;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Validation;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.Returns.CensusJourneys;

namespace Hearth.Web.Tests.Returns;

/// <summary>
/// In-year data quality (issue 5): a DfE query on a child's record can be explained with a reason,
/// which moves it from open to explained and goes on their history; an error cannot be explained away.
/// </summary>
public sealed class CensusQueryExplanationTests(HearthWebApp app)
{
    private Task<DataQualityReport> CheckAsync(Guid personId) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CensusDataQuality>().CheckAsync(new CensusScope(PersonId: personId)));

    private Task<bool> ExplainAsync(Guid personId, CensusFinding finding, string? reason, Hearth.Core.Workforce.User by) =>
        app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<CensusDataQuality>().ExplainAsync(personId, finding.RuleCode, finding.Table, finding.Field, finding.Value, reason, by.Ctx());
            return true;
        });

    private Task<(int Explanations, int Events)> SavedAsync(Guid personId) => app.QueryAsync(async db => (
        await db.CensusQueryExplanations.CountAsync(e => e.PersonId == personId),
        await db.ProcessEvents.CountAsync(e => e.Process == CensusDataQuality.Process && e.Subjects.Any(s => s.PersonId == personId))));

    [Fact]
    public async Task An_assessment_open_past_45_working_days_is_a_query_that_can_be_explained_with_a_reason_but_not_without_one()
    {
        var journeys = await new CensusJourneys(app).WithStaffAsync();
        var child = await journeys.ChildAsync("Mo", "M");
        var episode = await journeys.ReferAsync(child.Id, WorkingDaysAgo(60));
        await journeys.StartAssessmentAsync(episode.Id, AssessmentOf(WorkingDaysAgo(59), ["1B"], AssessmentOutcome.ChildInNeedPlan));

        var report = await CheckAsync(child.Id);
        report.Findings.ShouldAllBe(f => f.PersonId == child.Id);
        report.Findings.Where(f => !f.IsQuery).ShouldBeEmpty(Describe(report.Findings));
        var late = report.Open.Where(f => f.RuleCode == "8670Q" && f.Field == CensusField.AssessmentActualStartDate).ShouldHaveSingleItem(Describe(report.Findings));
        late.Value.ShouldBe(Hearth.Core.Returns.CinCensus.Rules.CinCensusRule.Format(WorkingDaysAgo(59)));
        report.Explained.ShouldBeEmpty();

        foreach (var blank in new[] { null, "", "   " })
        {
            var refused = await Should.ThrowAsync<ValidationFailedException>(() => ExplainAsync(child.Id, late, blank, journeys.Manager));
            refused.Errors.ShouldContain(e => e.Field == "Reason");
        }
        (await SavedAsync(child.Id)).ShouldBe((0, 0));

        await ExplainAsync(child.Id, late, "  The child was in hospital for six weeks; the assessment resumes on discharge.  ", journeys.Manager);

        (await SavedAsync(child.Id)).ShouldBe((1, 1));
        var after = await CheckAsync(child.Id);
        after.Open.ShouldNotContain(f => f.RuleCode == "8670Q" && f.Field == CensusField.AssessmentActualStartDate);
        var (finding, explanation) = after.Explained.ShouldHaveSingleItem();
        finding.ShouldBe(late);
        explanation.Reason.ShouldBe("The child was in hospital for six weeks; the assessment resumes on discharge.");
        explanation.ExplainedByName.ShouldBe(journeys.Manager.DisplayName);
        // The other cell the same rule flags (the missing authorisation date) is its own question, still open.
        after.Open.ShouldContain(f => f.RuleCode == "8670Q" && f.Field == CensusField.AssessmentAuthorisationDate);

        var recorded = await app.QueryAsync(db => db.ProcessEvents.SingleAsync(e => e.Process == CensusDataQuality.Process && e.Subjects.Any(s => s.PersonId == child.Id)));
        recorded.EventType.ShouldBe(nameof(CensusQueryExplained));
        recorded.Payload.ShouldContain("8670Q");

        // Explained once: the same query cannot be explained again.
        await Should.ThrowAsync<ValidationFailedException>(() => ExplainAsync(child.Id, late, "Again", journeys.Manager));
        (await SavedAsync(child.Id)).ShouldBe((1, 1));
    }

    [Fact]
    public async Task An_error_level_finding_cannot_be_explained()
    {
        var journeys = await new CensusJourneys(app).WithStaffAsync();
        // Recorded with no ethnicity and no disabilities: errors 4220 and 8540 once the referral goes further.
        var child = await app.CreatePersonAsync("Nia", TestData.UniqueFamilyName());
        var episode = await journeys.ReferAsync(child.Id, WorkingDaysAgo(10));
        await journeys.StartAssessmentAsync(episode.Id, AssessmentOf(WorkingDaysAgo(9), ["1B"], AssessmentOutcome.ChildInNeedPlan));

        var report = await CheckAsync(child.Id);
        var error = report.Open.Where(f => f.RuleCode == "4220").ShouldHaveSingleItem(Describe(report.Findings));
        error.IsQuery.ShouldBeFalse();

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => ExplainAsync(child.Id, error, "We do not ask families this", journeys.Manager));
        refused.Errors.ShouldContain(e => e.Message.Contains("Only a query can be explained"));
        (await SavedAsync(child.Id)).ShouldBe((0, 0));
        (await CheckAsync(child.Id)).Open.ShouldContain(error);
    }
}
