namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 1015: a placement with the authority's own provision (PR1), other than placed for adoption (A3-A6), fostering
/// (U1-U6) or supported accommodation (K3), and not a short break (V3/V4), must be in the authority's own area: its
/// LA (PL_LA, derived from PL_POST) the authority's (csc-validator-be-903 rule_1015, 2025-26; a placement whose LA
/// cannot be derived counts as outside). Flags PL_POST, the item PL_LA is derived from. Needs the postcode table with
/// LAs and the authority's LA code: finds nothing without them.
/// </summary>
public sealed class Rule1015 : Ssda903Rule
{
    private static readonly HashSet<string> Exempt = ["A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6", "K3"];

    public override string Code => "1015";
    public override string Message => "Placement provider is own provision but child not placed in own LA.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Postcodes is null || context.LocalAuthority.Trimmed() is not { } own)
        {
            return [];
        }

        return context.Current.Episodes
            .Where(e => e.PLACE_PROVIDER.IsCode("PR1") && e.LS.IsFilled() && e.PLACE.IsFilled()
                && !Exempt.Contains(e.PLACE.Code()) && !EpisodeCodes.ShortBreaks.Is(e.LS)
                && PlacementArea.La(context, e.PL_POST) != own)
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.PL_POST), e.PL_POST));
    }
}
