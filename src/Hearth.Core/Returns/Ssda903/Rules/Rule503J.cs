namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 503J: the placement location, in or out of the authority's area (PL_LOCATION: the record's flag, else derived
/// from PL_POST's LA), of the child's first episode this year must match the episode left open at the end of last
/// year's return (csc-validator-be-903 rule_503J; a location that is not known, in either year, passes). Flags PL_POST. Needs last
/// year's return, and the locations: the record's flags, or the postcode table with LAs and the authority's LA code.
/// </summary>
public sealed class Rule503J : Ssda903Rule
{
    public override string Code => "503J";
    public override string Message => "The placement location in first episode does not match open episode at end of last year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.FirstAfterLastYearOpen(context)
            .Where(p => PlacementArea.Location(context, p.First) is { } now && PlacementArea.Location(context, p.LastYearOpen) is { } then && now != then)
            .Select(p => Finding(p.First, Ssda903Table.Episodes, nameof(EpisodeRow.PL_POST), p.First.PL_POST));
}
