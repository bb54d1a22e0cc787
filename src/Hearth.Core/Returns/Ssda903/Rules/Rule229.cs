namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 229: for a placement with a URN (other than the placeholder, and other than K3, P1, P3, R1, R2, R5, T0-T4 and
/// Z11-Z14), a provider coded PR1 (own provision) must be in the authority's own area and one coded PR2 (another LA)
/// must not, the provider's LA being derived from the postcode Ofsted's register gives for it (csc-validator-be-903
/// rule_229, 2025-26; a provider whose LA cannot be derived counts as not the authority's). Flags URN and
/// PLACE_PROVIDER. Needs Ofsted's register, the postcode table with LAs and the authority's LA code: finds nothing without them.
/// </summary>
public sealed class Rule229 : Ssda903Rule
{
    private static readonly HashSet<string> Exempt = ["K3", "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"];

    public override string Code => "229";
    public override string Message => "Placement provider does not match between the placing authority and the local authority code of the provider. [NOTE: The provider's LA code is inferred from the its postcode, and may be inaccurate in some cases.]";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.OfstedProviders is not { } providers || context.Postcodes is null || context.LocalAuthority.Trimmed() is not { } own)
        {
            return [];
        }

        return PlacementArea.WithProvider(providers, context.Current.Episodes.Where(e => !Exempt.Contains(e.PLACE.Code())))
            .Where(p =>
            {
                var inArea = PlacementArea.La(context, p.Provider?.Postcode) == own;
                return p.Episode.PLACE_PROVIDER.Code() switch
                {
                    "PR1" => !inArea,
                    "PR2" => inArea,
                    _ => false,
                };
            })
            .SelectMany(p => this.Cells(p.Episode, Ssda903Table.Episodes, nameof(EpisodeRow.URN), nameof(EpisodeRow.PLACE_PROVIDER)));
    }
}
