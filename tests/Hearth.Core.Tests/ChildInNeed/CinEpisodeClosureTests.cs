using Hearth.Core.ChildInNeed;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.ChildInNeed;

public class CinEpisodeClosureTests
{
    private static readonly DateOnly Referral = new(2026, 9, 1);

    private static CinEpisode Episode() => new() { PersonId = Guid.NewGuid(), ReferralDate = Referral };

    [Fact]
    public void The_reasons_for_closure_are_the_nine_DfE_codes_RC1_to_RC9()
    {
        ReasonsForClosure.All.Select(r => r.Code).ShouldBe(Enumerable.Range(1, 9).Select(i => $"RC{i}"));
        ReasonsForClosure.Label("RC8").ShouldBe("Case closed after assessment, no further action");
        ReasonsForClosure.Label("RC9").ShouldBe("Case closed after assessment, referred to early help");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("RC0")]
    [InlineData("RC10")]
    [InlineData("rc1")]
    public void Anything_but_a_DfE_reason_code_is_not_a_reason_for_closure(string? code) =>
        ReasonsForClosure.IsValid(code).ShouldBeFalse();

    [Fact]
    public void Only_RC8_marks_the_referral_as_no_further_action()
    {
        ReasonsForClosure.All.Where(r => ReasonsForClosure.MarksReferralNfa(r.Code)).Select(r => r.Code).ShouldBe(["RC8"]);
    }

    [Fact]
    public void An_episode_cannot_close_before_its_referral()
    {
        var episode = Episode();
        Should.Throw<InvalidOperationException>(() => episode.Close(Referral.AddDays(-1), "RC7", false));
        episode.IsOpen.ShouldBeTrue();
    }

    [Fact]
    public void A_closed_episode_keeps_its_reason_and_summary_until_it_is_reopened()
    {
        var episode = Episode();
        episode.Close(Referral.AddMonths(2), "RC8", referralNfa: true, "Assessment found no unmet needs.");

        episode.IsOpen.ShouldBeFalse();
        episode.ReasonForClosure.ShouldBe("RC8");
        episode.ReferralNfa.ShouldBeTrue();
        episode.ClosureSummary.ShouldBe("Assessment found no unmet needs.");
        Should.Throw<InvalidOperationException>(() => episode.Close(Referral.AddMonths(3), "RC7", false));

        episode.Reopen();
        episode.IsOpen.ShouldBeTrue();
        episode.ReasonForClosure.ShouldBeNull();
        episode.ClosureSummary.ShouldBeNull();
        episode.ReferralNfa.ShouldBeFalse();
    }
}
