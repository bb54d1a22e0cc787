namespace Hearth.Core.EarlyHelp;

/// <summary>
/// An authority's early help settings (configuration section "EarlyHelp"). How long a stepped-down
/// family is given to return consent before they are chased, and before it is escalated, is local
/// procedure, not statute; the defaults are common ones. Both count working days from the step-down
/// (the chase from the last chase, once there has been one).
/// </summary>
public sealed class EarlyHelpOptions
{
    public const string Section = "EarlyHelp";

    public int ChaseStepDownAfterWorkingDays { get; set; } = 5;

    public int EscalateStepDownAfterWorkingDays { get; set; } = 10;

    public bool IsValid => ChaseStepDownAfterWorkingDays > 0 && EscalateStepDownAfterWorkingDays > 0;
}
