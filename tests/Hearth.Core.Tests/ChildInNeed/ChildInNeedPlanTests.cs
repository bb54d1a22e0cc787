using Hearth.Core.ChildInNeed;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.ChildInNeed;

public class ChildInNeedPlanTests
{
    private static readonly DateOnly Start = new(2026, 11, 2);

    private static ChildInNeedPlan PlanWith(params CinPlanAction[] actions)
    {
        var plan = new ChildInNeedPlan { StartDate = Start };
        var outcome = new CinPlanOutcome { PlanId = plan.Id, Number = 1, WhatNeedsToChange = "Amy gets to school on time every day" };
        outcome.Actions.AddRange(actions);
        plan.Outcomes.Add(outcome);
        return plan;
    }

    private static CinPlanAction Action(string? owner, DateOnly? by) => new() { What = "Walk Amy to school", Owner = owner, ByDate = by };

    [Fact]
    public void A_plan_whose_every_action_has_an_owner_and_a_date_can_be_finalised()
    {
        var plan = PlanWith(Action("Mum", Start.AddDays(14)), Action("Hearth Primary School", Start.AddDays(28)));

        plan.ReasonsItCannotBeFinalised().ShouldBeEmpty();
        plan.Finalise(Start.AddDays(1));

        plan.Status.ShouldBe(CinPlanStatus.Final);
        plan.FinalisedOn.ShouldBe(Start.AddDays(1));
    }

    [Fact]
    public void A_plan_with_an_action_lacking_an_owner_cannot_be_finalised()
    {
        var plan = PlanWith(Action("Mum", Start.AddDays(14)), Action(null, Start.AddDays(14)));

        plan.ReasonsItCannotBeFinalised().ShouldContain("Every action needs an owner and a date before the plan is finalised");
        Should.Throw<InvalidOperationException>(() => plan.Finalise(Start));
        plan.Status.ShouldBe(CinPlanStatus.Draft);
    }

    [Fact]
    public void A_plan_with_an_action_lacking_a_date_cannot_be_finalised()
    {
        var plan = PlanWith(Action("Mum", null));

        plan.ReasonsItCannotBeFinalised().ShouldBe(["Every action needs an owner and a date before the plan is finalised"]);
    }

    [Fact]
    public void An_owner_of_only_spaces_is_no_owner()
    {
        Action("   ", Start).HasOwnerAndDate.ShouldBeFalse();
    }

    [Fact]
    public void A_plan_with_no_outcomes_or_an_outcome_without_actions_cannot_be_finalised()
    {
        new ChildInNeedPlan { StartDate = Start }.ReasonsItCannotBeFinalised()
            .ShouldBe(["Add at least one outcome: what needs to change for the child"]);
        PlanWith().ReasonsItCannotBeFinalised().ShouldBe(["Outcome 1 needs at least one action"]);
    }

    [Fact]
    public void A_finalised_plan_cannot_be_finalised_again_and_an_ended_plan_cannot_end_again()
    {
        var plan = PlanWith(Action("Mum", Start));
        plan.Finalise(Start);
        plan.ReasonsItCannotBeFinalised().ShouldBe(["This plan has already been finalised"]);

        plan.End(Start.AddMonths(3), "Needs met");
        plan.Status.ShouldBe(CinPlanStatus.Ended);
        Should.Throw<InvalidOperationException>(() => plan.End(Start.AddMonths(4), "Again"));
    }

    [Fact]
    public void A_plan_cannot_end_before_it_starts() =>
        Should.Throw<InvalidOperationException>(() => PlanWith().End(Start.AddDays(-1), "Wrong date"));
}
