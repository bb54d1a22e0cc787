using Hearth.Core.ChildProtection;

namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8905: every child protection plan has a valid InitialCategoryOfAbuse (NEG, PHY, EMO, SAB, MUL).</summary>
public sealed class Rule8905 : ChildRule
{
    private static readonly HashSet<string> Categories = [.. Enum.GetValues<CategoryOfAbuse>().Select(c => c.Code())];

    public override string Code => "8905";
    public override string Message => "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)";

    /// <summary>A census category code exactly as the code set spells it (shared with 8910).</summary>
    internal static bool IsCategory(string? code) => code is not null && Categories.Contains(code);

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        ChildProtectionPlanDates.Plans(child)
            .Where(p => !IsCategory(p.InitialCategoryOfAbuse))
            .Select(p => Finding(child, CensusTable.ChildProtectionPlans, CensusField.InitialCategoryOfAbuse, p.InitialCategoryOfAbuse));
}
