using Hearth.Core.People.CodeLists;

namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8540: a born child with at least one referral that went on to further action (ReferralNFA false)
/// must have one or more disability codes (NONE for no disability), all valid.
/// </summary>
/// <remarks>
/// As the DfE flags it: the date of birth, each invalid code, and the ReferralNFA of each episode
/// that led to further action. When the child has no codes at all there is no Disability cell to
/// flag, so only the other two are.
/// </remarks>
public sealed class Rule8540 : ChildRule
{
    public override string Code => "8540";
    public override string Message => "Child’s disability is missing or invalid (see Disability table)";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        var furtherAction = child.CinDetails.Where(d => CensusFlag.IsFalse(d.ReferralNfa)).ToList();
        if (child.PersonBirthDate is null || furtherAction.Count == 0)
        {
            yield break;
        }

        var invalid = child.Disabilities.Where(d => !Disability.IsValid(d)).ToList();
        if (child.Disabilities.Count > 0 && invalid.Count == 0)
        {
            yield break;
        }

        yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, child.PersonBirthDate);
        foreach (var code in invalid)
        {
            yield return Finding(child, CensusTable.Disabilities, CensusField.Disability, code);
        }

        foreach (var episode in furtherAction)
        {
            yield return Finding(child, CensusTable.CinDetails, CensusField.ReferralNfa, episode.ReferralNfa);
        }
    }
}
