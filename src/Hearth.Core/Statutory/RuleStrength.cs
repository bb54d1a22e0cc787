namespace Hearth.Core.Statutory;

/// <summary>How binding a rule is (timescales.md: Stat, SG, Local).</summary>
public enum RuleStrength
{
    /// <summary>An Act or regulation: the authority must.</summary>
    Statutory,

    /// <summary>Statutory guidance: the authority should, and records why when it does not.</summary>
    StatutoryGuidance,

    /// <summary>Local procedure or a performance threshold, not a legal duty.</summary>
    Local,
}
