using Hearth.Core.Assessment;
using Hearth.Core.Validation;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Assessment.AssessmentTimescaleTests;

namespace Hearth.Core.Tests.Assessment;

/// <summary>The rules an assessment keeps on every route: dates, factor codes, the workflow and who may authorise.</summary>
public sealed class AssessmentRulesTests
{
    private static readonly DateOnly Today = new(2026, 8, 10);

    [Fact]
    public void The_factor_list_holds_every_CIN_census_code_from_1A_to_24A_once()
    {
        var codes = AssessmentFactors.All.Select(f => f.Code).ToList();
        codes.ShouldBeUnique();
        // 18 (1..6 A-C) + 7A + 8B..8F + 9A..17A + 18B/C, 19B/C + 20 + 21 + 22A..24A.
        codes.Count.ShouldBe(42);
        foreach (var code in new[] { "1A", "1B", "1C", "6C", "7A", "8B", "8F", "9A", "15A", "18B", "18C", "19B", "19C", "20", "21", "22A", "23A", "24A" })
        {
            AssessmentFactors.IsValid(code).ShouldBeTrue(code);
        }
        foreach (var code in new[] { "7B", "8A", "18A", "19A", "25A", "1D", "" })
        {
            AssessmentFactors.IsValid(code).ShouldBeFalse(code);
        }
        AssessmentFactors.Label("16A").ShouldBe("Neglect");
    }

    [Fact]
    public void No_factors_identified_cannot_be_combined_with_another_factor() =>
        AssessmentFactors.Problems(["21", "3A"]).ShouldContain("“No factors identified” cannot be chosen with other factors");

    [Fact]
    public void A_factor_chosen_twice_is_refused() =>
        AssessmentFactors.Problems(["3A", "3A"]).ShouldContain("Each factor can be chosen only once");

    [Fact]
    public void No_factors_identified_on_its_own_and_a_mix_of_real_codes_are_valid()
    {
        AssessmentFactors.Problems(["21"]).ShouldBeEmpty();
        AssessmentFactors.Problems(["3B", "4B", "16A", "24A"]).ShouldBeEmpty();
    }

    [Fact]
    public void An_assessment_with_invalid_factors_is_not_started()
    {
        var e = Should.Throw<ValidationFailedException>(() => Draft(Complete() with { Factors = ["21", "18A"] }));
        e.Errors.Select(x => x.Message).ShouldBe(["18A is not a CIN census assessment factor", "“No factors identified” cannot be chosen with other factors"], ignoreOrder: true);
    }

    [Fact]
    public void The_start_date_cannot_be_before_the_referral_or_in_the_future()
    {
        Should.Throw<ValidationFailedException>(() => Draft(Complete() with { StartDate = new DateOnly(2026, 8, 2) }))
            .Errors.ShouldContain(x => x.Field == "StartDate" && x.Message.Contains("on or after the referral date, 3 August 2026"));
        Should.Throw<ValidationFailedException>(() => Draft(Complete() with { StartDate = Today.AddDays(1), ChildSeenDate = null, ChildSeenAloneDate = null }))
            .Errors.ShouldContain(x => x.Field == "StartDate" && x.Message.Contains("today or in the past"));
    }

    [Fact]
    public void The_child_cannot_be_seen_before_the_assessment_started() =>
        Should.Throw<ValidationFailedException>(() => Draft(Complete() with { ChildSeenAloneDate = new DateOnly(2026, 8, 3) }))
            .Errors.ShouldHaveSingleItem().Field.ShouldBe("ChildSeenAloneDate");

    [Fact]
    public void A_draft_missing_the_child_s_views_and_factors_cannot_be_submitted()
    {
        var assessment = Draft(new AssessmentInput { StartDate = new DateOnly(2026, 8, 4) });
        var e = Should.Throw<ValidationFailedException>(() => assessment.Submit(Author, Today, DateTime.UtcNow));
        e.Errors.Select(x => x.Field).ShouldBe(["ChildSeenDate", "ChildViews", "HowViewsGathered", "Analysis", "Factors", "Recommendation", "Outcome"]);
        assessment.Status.ShouldBe(AssessmentStatus.Draft);
    }

    [Fact]
    public void An_assessment_cannot_be_authorised_by_the_worker_who_wrote_it()
    {
        var assessment = Draft();
        assessment.Submit(Author, Today, DateTime.UtcNow);
        Should.Throw<ValidationFailedException>(() => assessment.Authorise(Author, "Worker", Today, null))
            .Message.ShouldBe("An assessment cannot be authorised by the worker who wrote it");
        assessment.Status.ShouldBe(AssessmentStatus.Submitted);
    }

    [Fact]
    public void A_returned_assessment_goes_back_to_draft_with_the_comments_kept_then_can_be_submitted_and_authorised()
    {
        var assessment = Draft();
        assessment.Submit(Author, Today, DateTime.UtcNow);
        assessment.Return(Manager, "Manager", "Say more about grandmother’s role", DateTime.UtcNow);
        assessment.Status.ShouldBe(AssessmentStatus.Draft);
        assessment.Returns.ShouldHaveSingleItem().Comments.ShouldBe("Say more about grandmother’s role");
        assessment.Revise(Complete() with { Analysis = "Grandmother visits daily." }, Author, Today);
        assessment.Submit(Author, Today, DateTime.UtcNow);
        assessment.Authorise(Manager, "Manager", Today, null);
        assessment.Status.ShouldBe(AssessmentStatus.Authorised);
        assessment.Returns.Count.ShouldBe(1);
    }

    [Fact]
    public void Only_the_author_may_change_a_draft_and_nobody_may_change_a_submitted_one()
    {
        var assessment = Draft();
        Should.Throw<ValidationFailedException>(() => assessment.Revise(Complete(), Manager, Today));
        assessment.Submit(Author, Today, DateTime.UtcNow);
        Should.Throw<ValidationFailedException>(() => assessment.Revise(Complete(), Author, Today));
    }

    [Fact]
    public void A_return_needs_comments_and_a_draft_cannot_be_authorised_or_returned()
    {
        var assessment = Draft();
        Should.Throw<ValidationFailedException>(() => assessment.Authorise(Manager, "Manager", Today, null));
        Should.Throw<ValidationFailedException>(() => assessment.Return(Manager, "Manager", "Comments", DateTime.UtcNow));
        assessment.Submit(Author, Today, DateTime.UtcNow);
        Should.Throw<ValidationFailedException>(() => assessment.Return(Manager, "Manager", " ", DateTime.UtcNow))
            .Errors.ShouldHaveSingleItem().Field.ShouldBe("Comments");
    }
}
