namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8794: no disability code appears twice for a child; a repeated code is flagged.</summary>
public sealed class Rule8794 : ChildRule
{
    public override string Code => "8794";
    public override string Message => "Child has two or more disabilities with the same code";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.Disabilities
            .GroupBy(d => d, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => Finding(child, CensusTable.Disabilities, CensusField.Disability, g.Key));
}
