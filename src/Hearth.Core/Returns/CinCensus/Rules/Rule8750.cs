namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8750 (2024-25 onward, Sex replacing GenderCurrent): an unborn child, one with an expected date of
/// birth and no date of birth, has sex U.
/// </summary>
public sealed class Rule8750 : ChildRule
{
    public override string Code => "8750";
    public override string Message => "Sex must equal U for an unborn child";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.PersonBirthDate is null && child.ExpectedPersonBirthDate is not null && child.Sex != "U")
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.Sex, child.Sex);
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, child.PersonBirthDate);
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.ExpectedPersonBirthDate, child.ExpectedPersonBirthDate);
        }
    }
}
