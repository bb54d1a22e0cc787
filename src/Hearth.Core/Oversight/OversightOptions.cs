using Hearth.Core.Statutory;

namespace Hearth.Core.Oversight;

/// <summary>
/// The authority's management oversight frequency ("Oversight" section of configuration): how often a
/// manager must record direction on each open case. Not statutory; Ofsted expects it to be regular and
/// visible, and 20 working days (about 4 weeks) is a common local standard.
/// </summary>
public sealed class OversightOptions
{
    public const string Section = "Oversight";

    public int ManagementOversightWorkingDays { get; set; } = 20;

    public bool IsValid => ManagementOversightWorkingDays >= 1;

    public IEnumerable<RuleOverride> RuleOverrides() =>
    [
        new(OversightRules.ManagementOversight, Timescale.OfWorkingDays(ManagementOversightWorkingDays)),
    ];
}

public static class OversightRules
{
    public const string ManagementOversight = "oversight.management.20wd";
}
