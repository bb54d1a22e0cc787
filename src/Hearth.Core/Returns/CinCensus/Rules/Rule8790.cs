namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8790: a child with the Disability NONE has no other disability codes; the other codes are flagged.</summary>
public sealed class Rule8790 : ChildRule
{
    public override string Code => "8790";
    public override string Message => "Disability information includes both None and other values";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (!child.Disabilities.Any(IsNone))
        {
            yield break;
        }
        foreach (var disability in child.Disabilities.Where(d => !IsNone(d)).Distinct(StringComparer.Ordinal))
        {
            yield return Finding(child, CensusTable.Disabilities, CensusField.Disability, disability);
        }
    }

    private static bool IsNone(string? code) => string.Equals(code, "NONE", StringComparison.OrdinalIgnoreCase);
}
