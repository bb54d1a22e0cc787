namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8525Q: a child is either born (date of birth) or unborn (expected date of birth), so exactly one
/// of the two is sent. Both cells are flagged whether both are present or both missing.
/// </summary>
public sealed class Rule8525Q : ChildRule
{
    public override string Code => "8525Q";
    public override string Message => "Either Date of Birth or Expected Date of Birth must be provided (but not both)";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.PersonBirthDate.HasValue == child.ExpectedPersonBirthDate.HasValue)
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, child.PersonBirthDate);
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.ExpectedPersonBirthDate, child.ExpectedPersonBirthDate);
        }
    }
}
