using Hearth.Core.Statutory;

namespace Hearth.Core.ChildProtection;

/// <summary>
/// An authority's child protection settings (configuration section "ChildProtection"). CP visit
/// frequency and core group frequency are local procedure, not statute (timescales.md section 3);
/// the step-down CIN plan length after a plan ends for reduced risk is local too.
/// </summary>
public sealed class ChildProtectionOptions
{
    public const string Section = "ChildProtection";

    /// <summary>CP visits every N working days (the rule "cp.visits.10wd"); some authorities use 4 weeks.</summary>
    public int VisitEveryWorkingDays { get; set; } = 10;

    /// <summary>Core group meetings after the first: every N weeks (local frequency).</summary>
    public int CoreGroupEveryWeeks { get; set; } = 6;

    /// <summary>A plan ended because risk reduced is followed by a CIN plan for at least this many weeks.</summary>
    public int StepDownCinPlanWeeks { get; set; } = 12;

    public bool IsValid => VisitEveryWorkingDays > 0 && CoreGroupEveryWeeks > 0 && StepDownCinPlanWeeks > 0;

    public IEnumerable<RuleOverride> RuleOverrides() =>
        VisitEveryWorkingDays == 10 ? [] : [new RuleOverride("cp.visits.10wd", Timescale.OfWorkingDays(VisitEveryWorkingDays))];
}
