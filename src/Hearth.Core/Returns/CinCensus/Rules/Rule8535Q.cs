namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8535Q: a child cannot die before being born. A death with no date of birth is queried too,
/// except for a child who died unborn (the expected date of birth is after the death), which the
/// DfE's own tool accepts.
/// </summary>
public sealed class Rule8535Q : ChildRule
{
    public override string Code => "8535Q";
    public override string Message => "Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.PersonDeathDate is not { } death || child.ExpectedPersonBirthDate > death)
        {
            yield break;
        }

        if (child.PersonBirthDate is null || child.PersonBirthDate > death)
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, death);
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, child.PersonBirthDate);
        }
    }
}
