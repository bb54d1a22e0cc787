using Hearth.Core.People.CodeLists;

namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>4180: Sex must be present and M, F or U (from 2024-25; the census list is LegalSex).</summary>
public sealed class Rule4180 : ChildRule
{
    public override string Code => "4180";
    public override string Message => "Sex must be provided and equal M, F, or U";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (!LegalSex.IsValid(child.Sex))
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.Sex, child.Sex);
        }
    }
}
