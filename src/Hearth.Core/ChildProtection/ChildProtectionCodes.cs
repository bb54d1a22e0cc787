namespace Hearth.Core.ChildProtection;

/// <summary>The agencies at a strategy discussion or a conference (WT23 ch.3: police, health, education and others).</summary>
public enum Agency
{
    Police = 1,
    Health = 2,
    Education = 3,
    ChildrensSocialCare = 4,
    Probation = 5,
    Housing = 6,
    Other = 7,
}

/// <summary>What the strategy discussion decided (WT23 ch.3).</summary>
public enum StrategyDecision
{
    Section47SingleAgency = 1,
    Section47JointWithPolice = 2,
    NoSection47AlternativePlan = 3,
}

/// <summary>How a section 47 enquiry concluded.</summary>
public enum Section47Outcome
{
    ConcernsSubstantiatedConferenceNeeded = 1,
    ConcernsSubstantiatedNotAtContinuingRisk = 2,
    ConcernsNotSubstantiated = 3,
    ConferenceNotRequired = 4,
}

public enum ConferenceDecision
{
    Plan = 1,
    NoPlan = 2,
}

/// <summary>CIN census category of abuse (N00149): NEG, PHY, EMO, SAB, MUL.</summary>
public enum CategoryOfAbuse
{
    Neglect = 1,
    Physical = 2,
    Emotional = 3,
    Sexual = 4,
    Multiple = 5,
}

public enum ChildProtectionPlanEndReason
{
    /// <summary>Risk reduced: the child steps down to a child in need plan.</summary>
    RiskReduced = 1,
    ChildBecameLookedAfter = 2,
    ChildMovedToAnotherAuthority = 3,
    ChildReached18 = 4,
    ChildDied = 5,
    Other = 6,
}

public static class ChildProtectionCodes
{
    public static string Label(this Agency a) => a switch
    {
        Agency.Police => "Police",
        Agency.Health => "Health",
        Agency.Education => "Education",
        Agency.ChildrensSocialCare => "Children’s social care",
        Agency.Probation => "Probation",
        Agency.Housing => "Housing",
        _ => "Other agency",
    };

    public static string Label(this StrategyDecision d) => d switch
    {
        StrategyDecision.Section47SingleAgency => "Section 47 enquiry (single agency)",
        StrategyDecision.Section47JointWithPolice => "Section 47 enquiry (joint with police)",
        _ => "No section 47 enquiry: alternative plan",
    };

    public static bool InitiatesSection47(this StrategyDecision d) => d is StrategyDecision.Section47SingleAgency or StrategyDecision.Section47JointWithPolice;

    public static string Label(this Section47Outcome o) => o switch
    {
        Section47Outcome.ConcernsSubstantiatedConferenceNeeded => "Concerns substantiated: initial child protection conference needed",
        Section47Outcome.ConcernsSubstantiatedNotAtContinuingRisk => "Concerns substantiated but the child is not at continuing risk",
        Section47Outcome.ConcernsNotSubstantiated => "Concerns not substantiated",
        _ => "Initial child protection conference not required",
    };

    public static string Label(this ConferenceDecision d) => d == ConferenceDecision.Plan ? "Child protection plan" : "No child protection plan";

    /// <summary>The CIN census code for the category.</summary>
    public static string Code(this CategoryOfAbuse c) => c switch
    {
        CategoryOfAbuse.Neglect => "NEG",
        CategoryOfAbuse.Physical => "PHY",
        CategoryOfAbuse.Emotional => "EMO",
        CategoryOfAbuse.Sexual => "SAB",
        _ => "MUL",
    };

    public static string Label(this CategoryOfAbuse c) => c switch
    {
        CategoryOfAbuse.Neglect => "Neglect",
        CategoryOfAbuse.Physical => "Physical abuse",
        CategoryOfAbuse.Emotional => "Emotional abuse",
        CategoryOfAbuse.Sexual => "Sexual abuse",
        _ => "Multiple",
    };

    /// <summary>A category from its census code (NEG) or its name (Neglect); null for anything else.</summary>
    public static CategoryOfAbuse? ParseCategory(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        foreach (var c in Enum.GetValues<CategoryOfAbuse>())
        {
            if (string.Equals(c.Code(), value.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(c.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }
        return null;
    }

    public static string Label(this ChildProtectionPlanEndReason r) => r switch
    {
        ChildProtectionPlanEndReason.RiskReduced => "Risk reduced: step down to a child in need plan",
        ChildProtectionPlanEndReason.ChildBecameLookedAfter => "The child became looked after",
        ChildProtectionPlanEndReason.ChildMovedToAnotherAuthority => "The child moved to another authority",
        ChildProtectionPlanEndReason.ChildReached18 => "The child reached 18",
        ChildProtectionPlanEndReason.ChildDied => "The child died",
        _ => "Other",
    };
}
