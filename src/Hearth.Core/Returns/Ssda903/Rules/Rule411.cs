namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 411: a placement recorded as in the authority's area (PL_LOCATION IN) must have the authority as its LA (PL_LA,
/// derived from PL_POST) (csc-validator-be-903 rule_411). Only IN is checked, as the DfE's rule says. PL_LOCATION is
/// the record's in/out-of-area flag when the return was built from the record; otherwise it is derived from the same
/// postcode and cannot disagree. A placement whose LA cannot be derived is passed by. Flags PL_POST. Needs the
/// postcode table with LAs and the authority's LA code: finds nothing without them.
/// </summary>
public sealed class Rule411 : Ssda903Rule
{
    public override string Code => "411";
    public override string Message => "Placement location code disagrees with LA of placement.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Postcodes is null || context.LocalAuthority.Trimmed() is not { } own)
        {
            return [];
        }

        return context.Current.Episodes
            .Where(e => PlacementArea.Location(context, e) == "IN" && PlacementArea.La(context, e.PL_POST) is { } la && la != own)
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.PL_POST), e.PL_POST));
    }
}
