using System.Reflection;
using Hearth.Core.Statutory;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Statutory;

public class StatutoryRuleTableTests
{
    private static readonly StatutoryRuleTable Table = StatutoryRuleTable.England;

    [Fact]
    public void Every_rule_has_a_unique_id_a_title_and_a_source()
    {
        Table.Rules.Select(r => r.Id).ShouldBeUnique();
        Table.Rules.ShouldAllBe(r => r.Title.Length > 0 && r.Source.Length > 0);
    }

    [Fact]
    public void Every_event_a_rule_reads_is_a_known_clock_event_type()
    {
        var known = typeof(ClockEventTypes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet();

        foreach (var rule in Table.Rules)
        {
            known.ShouldContain(rule.StartEvent, rule.Id);
            known.ShouldContain(rule.MetByEvent, rule.Id);
            rule.StopEvents.Concat(rule.AlsoMetBy).ShouldAllBe(e => known.Contains(e), rule.Id);
        }
    }

    [Fact]
    public void Every_area_in_timescales_md_has_at_least_one_rule()
    {
        Enum.GetValues<StatutoryArea>().ShouldAllBe(area => Table.Rules.Any(r => r.Area == area));
    }

    [Theory]
    [InlineData("frontdoor.referral-decision.1wd", 1, TimescaleUnit.WorkingDays)]
    [InlineData("assessment.child-and-family.45wd", 45, TimescaleUnit.WorkingDays)]
    [InlineData("cp.icpc.15wd", 15, TimescaleUnit.WorkingDays)]
    [InlineData("cp.first-core-group.10wd", 10, TimescaleUnit.WorkingDays)]
    [InlineData("cp.review-conference.3m-then-6m", 3, TimescaleUnit.Months)]
    [InlineData("lac.review.20wd-3m-6m", 20, TimescaleUnit.WorkingDays)]
    [InlineData("lac.visits.placement.1wk-then-6wk", 1, TimescaleUnit.Weeks)]
    [InlineData("proceedings.26wk", 26, TimescaleUnit.Weeks)]
    [InlineData("fostering.carer-review.1y", 1, TimescaleUnit.Years)]
    [InlineData("privatefostering.visits.first-year.7wd-then-6wk", 7, TimescaleUnit.WorkingDays)]
    public void The_national_table_has_the_timescales_in_timescales_md(string id, int amount, TimescaleUnit unit)
    {
        Table[id].Timescale.Amount.ShouldBe(amount);
        Table[id].Timescale.Unit.ShouldBe(unit);
    }

    [Fact]
    public void Looked_after_reviews_are_20_working_days_then_3_months_then_every_6_months()
    {
        var rule = Table["lac.review.20wd-3m-6m"];

        rule.IntervalAfter(0).ShouldBe(Timescale.OfWorkingDays(20));
        rule.IntervalAfter(1).ShouldBe(Timescale.OfMonths(3));
        rule.IntervalAfter(2).ShouldBe(Timescale.OfMonths(6));
        rule.IntervalAfter(7).ShouldBe(Timescale.OfMonths(6));
    }

    [Fact]
    public void An_authority_may_visit_children_on_plans_every_4_weeks_instead_of_every_10_working_days()
    {
        var local = Table.WithOverrides(new RuleOverride("cp.visits.10wd", Timescale.OfWeeks(4)));

        local["cp.visits.10wd"].Timescale.ShouldBe(Timescale.OfWeeks(4));
        Table["cp.visits.10wd"].Timescale.ShouldBe(Timescale.OfWorkingDays(10));
        local.Rules.Count.ShouldBe(Table.Rules.Count);
    }

    [Fact]
    public void An_authority_may_not_change_the_ICPC_timescale_set_by_Working_Together()
    {
        var ex = Should.Throw<InvalidOperationException>(
            () => Table.WithOverrides(new RuleOverride("cp.icpc.15wd", Timescale.OfWorkingDays(20))));

        ex.Message.ShouldContain("cp.icpc.15wd");
        ex.Message.ShouldContain("cannot be configured locally");
    }

    [Fact]
    public void Overriding_an_unknown_rule_names_the_rule()
    {
        Should.Throw<KeyNotFoundException>(() => Table.WithOverrides(new RuleOverride("cp.no-such-rule", Timescale.OfWeeks(1))))
            .Message.ShouldContain("cp.no-such-rule");
    }

    [Fact]
    public void Only_local_rules_are_configurable()
    {
        Table.Rules.Where(r => r.Configurable).ShouldAllBe(r => r.Strength == RuleStrength.Local);
    }

    [Fact]
    public void Later_intervals_on_a_rule_that_does_not_recur_are_refused()
    {
        var rule = Table["cp.icpc.15wd"] with { ThenEvery = [Timescale.OfMonths(1)] };

        Should.Throw<ArgumentException>(() => new StatutoryRuleTable([rule]));
    }
}
