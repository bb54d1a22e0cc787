namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>1520: no two children in the return may share a UPN; every child sharing one is flagged.</summary>
public sealed class Rule1520 : CinCensusRule
{
    public override string Code => "1520";
    public override string Message => "More than one record with the same UPN.";

    public override IEnumerable<CensusFinding> Check(CensusContext context) =>
        context.Message.Children
            .Where(c => !string.IsNullOrEmpty(c.Upn))
            .GroupBy(c => c.Upn, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g)
            .Select(child => Finding(child, CensusTable.ChildIdentifiers, CensusField.Upn, child.Upn));
}
