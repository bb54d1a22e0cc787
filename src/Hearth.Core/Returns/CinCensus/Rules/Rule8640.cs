using Hearth.Core.ChildInNeed;

namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8640: a reason for closure, when sent, is one of RC1 to RC9 (Hearth's own list is the census list).</summary>
public sealed class Rule8640 : ChildRule
{
    public override string Code => "8640";
    public override string Message => "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails
            .Where(d => d.ReasonForClosure is not null && !ReasonsForClosure.IsValid(d.ReasonForClosure))
            .Select(d => Finding(child, CensusTable.CinDetails, CensusField.ReasonForClosure, d.ReasonForClosure));
}
