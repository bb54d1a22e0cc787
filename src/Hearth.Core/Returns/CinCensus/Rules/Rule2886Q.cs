namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 2886Q (LA level): no more than 2% of children (unborn children aside) may have no sex recorded,
/// that is Sex missing or U without an expected birth date.
/// </summary>
/// <remarks>
/// The D2I validator reports it for the return with no child or cell; the finding has no child and
/// no value and names the element counted.
/// </remarks>
public sealed class Rule2886Q : CinCensusRule
{
    public const decimal Threshold = 0.02m;

    public override string Code => "2886Q";
    public override string Message => "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)";

    public override IEnumerable<CensusFinding> Check(CensusContext context)
    {
        var children = context.Message.Children;
        if (children.Count == 0)
        {
            yield break;
        }

        var unrecorded = children.Count(c =>
            (string.IsNullOrWhiteSpace(c.Sex) || c.Sex.Trim() == People.CodeLists.LegalSex.Unknown) && c.ExpectedPersonBirthDate is null);
        if ((decimal)unrecorded / children.Count > Threshold)
        {
            yield return Finding(null, CensusTable.ChildIdentifiers, CensusField.Sex, (string?)null);
        }
    }
}
