using Hearth.Core.Assessment;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Assessment;

/// <summary>
/// The 45 working day clock, hand-checked: a referral on Monday 3 August 2026 counts Tuesday 4 August
/// as day 1; 19 working days in August to Friday 28th; Monday 31 August is the summer bank holiday,
/// so day 20 is Tuesday 1 September; days 21 to 43 run to Friday 2 October; day 44 is Monday 5
/// October and day 45 Tuesday 6 October. Without the bank holiday it would have been 5 October.
/// </summary>
public sealed class AssessmentTimescaleTests
{
    private static readonly DateOnly Referral = new(2026, 8, 3);

    [Fact]
    public void Working_day_45_from_a_referral_on_3_August_2026_is_6_October_because_the_31_August_bank_holiday_does_not_count() =>
        AssessmentTimescale.DueFrom(Referral).ShouldBe(new DateOnly(2026, 10, 6));

    [Fact]
    public void An_assessment_completed_on_day_45_is_on_time() =>
        AssessmentTimescale.WorkingDaysLate(Referral, new DateOnly(2026, 10, 6)).ShouldBe(0);

    [Fact]
    public void An_assessment_completed_on_day_46_is_one_working_day_late() =>
        AssessmentTimescale.WorkingDaysLate(Referral, new DateOnly(2026, 10, 7)).ShouldBe(1);

    [Fact]
    public void An_assessment_authorised_on_day_45_needs_no_late_reason()
    {
        var assessment = Submitted(lateReason: null, today: new DateOnly(2026, 10, 6));
        assessment.Authorise(Manager, "Manager", new DateOnly(2026, 10, 6), null);
        assessment.Status.ShouldBe(AssessmentStatus.Authorised);
        assessment.AuthorisedOn.ShouldBe(new DateOnly(2026, 10, 6));
        assessment.WorkingDaysLate(new DateOnly(2027, 1, 1)).ShouldBe(0);
    }

    [Fact]
    public void An_assessment_authorised_on_day_46_without_a_reason_is_refused_and_stays_submitted()
    {
        var assessment = Submitted(lateReason: null, today: new DateOnly(2026, 10, 6));
        var e = Should.Throw<Validation.ValidationFailedException>(() => assessment.Authorise(Manager, "Manager", new DateOnly(2026, 10, 7), null));
        e.Errors.ShouldContain(x => x.Field == "LateReason" && x.Message.Contains("due on 6 October 2026"));
        assessment.Status.ShouldBe(AssessmentStatus.Submitted);
        assessment.AuthorisedOn.ShouldBeNull();
    }

    [Fact]
    public void An_assessment_authorised_on_day_46_with_the_manager_s_reason_is_authorised_one_day_late()
    {
        var assessment = Submitted(lateReason: null, today: new DateOnly(2026, 10, 6));
        assessment.Authorise(Manager, "Manager", new DateOnly(2026, 10, 7), "Manager on leave");
        assessment.LateReason.ShouldBe("Manager on leave");
        assessment.WorkingDaysLate(new DateOnly(2027, 1, 1)).ShouldBe(1);
    }

    [Fact]
    public void Submitting_after_day_45_without_a_reason_is_refused()
    {
        var assessment = Draft();
        var e = Should.Throw<Validation.ValidationFailedException>(() => assessment.Submit(Author, new DateOnly(2026, 10, 7), DateTime.UtcNow));
        e.Errors.ShouldContain(x => x.Field == "LateReason");
        assessment.Status.ShouldBe(AssessmentStatus.Draft);
    }

    internal static readonly Guid Author = Guid.NewGuid();
    internal static readonly Guid Manager = Guid.NewGuid();

    internal static AssessmentInput Complete(string? lateReason = null) => new()
    {
        StartDate = new DateOnly(2026, 8, 4),
        ChildSeenDate = new DateOnly(2026, 8, 5),
        ChildSeenAloneDate = new DateOnly(2026, 8, 5),
        ChildViews = "“I like it when mum takes me to the park.”",
        HowViewsGathered = "Seen alone at school with the three houses",
        Analysis = "Mum’s drinking leaves the children unsupervised in the evenings; grandmother is a strong protective factor.",
        Factors = ["1B", "16A"],
        Recommendation = "A child in need plan",
        Outcome = AssessmentOutcome.ChildInNeedPlan,
        LateReason = lateReason,
    };

    internal static ChildAndFamilyAssessment Draft(AssessmentInput? input = null) =>
        ChildAndFamilyAssessment.Start(Guid.NewGuid(), Guid.NewGuid(), Referral, input ?? Complete(), new DateOnly(2026, 8, 10), Author, "Worker", DateTime.UtcNow);

    private static ChildAndFamilyAssessment Submitted(string? lateReason, DateOnly today)
    {
        var assessment = Draft(Complete(lateReason));
        assessment.Submit(Author, today, DateTime.UtcNow);
        return assessment;
    }
}
