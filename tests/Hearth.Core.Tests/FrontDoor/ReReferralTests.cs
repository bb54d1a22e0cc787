using Hearth.Core.ChildInNeed;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.FrontDoor;

public class ReReferralTests
{
    private static readonly DateOnly Previous = new(2025, 3, 14);

    [Fact]
    public void A_referral_on_the_same_date_twelve_months_later_is_a_re_referral() =>
        ReReferral.IsReReferral(Previous, new DateOnly(2026, 3, 14)).ShouldBeTrue();

    [Fact]
    public void A_referral_twelve_months_and_a_day_later_is_not_a_re_referral() =>
        ReReferral.IsReReferral(Previous, new DateOnly(2026, 3, 15)).ShouldBeFalse();

    [Fact]
    public void A_referral_a_month_later_is_a_re_referral() =>
        ReReferral.IsReReferral(Previous, new DateOnly(2025, 4, 14)).ShouldBeTrue();

    [Fact]
    public void A_previous_referral_on_29_February_counts_to_28_February_the_next_year()
    {
        var leap = new DateOnly(2024, 2, 29);
        ReReferral.IsReReferral(leap, new DateOnly(2025, 2, 28)).ShouldBeTrue();
        ReReferral.IsReReferral(leap, new DateOnly(2025, 3, 1)).ShouldBeFalse();
    }

    [Fact]
    public void Any_earlier_referral_within_twelve_months_makes_a_re_referral()
    {
        ReReferral.IsReReferral([new DateOnly(2020, 1, 1), new DateOnly(2025, 12, 1)], new DateOnly(2026, 6, 1)).ShouldBeTrue();
        ReReferral.IsReReferral([new DateOnly(2020, 1, 1)], new DateOnly(2026, 6, 1)).ShouldBeFalse();
        ReReferral.IsReReferral([], new DateOnly(2026, 6, 1)).ShouldBeFalse();
    }
}
