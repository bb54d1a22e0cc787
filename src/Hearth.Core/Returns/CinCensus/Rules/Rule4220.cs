using Hearth.Core.People.CodeLists;

namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>4220: Ethnicity must be present and one of the DfE's 20 codes.</summary>
public sealed class Rule4220 : ChildRule
{
    public override string Code => "4220";
    public override string Message => "Ethnicity is missing or invalid (see Ethnicity table)";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (!Ethnicity.IsValid(child.Ethnicity))
        {
            yield return Finding(child, CensusTable.ChildCharacteristics, CensusField.Ethnicity, child.Ethnicity);
        }
    }
}
