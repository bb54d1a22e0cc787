namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 218: a placement (other than those with no URN, see <see cref="EpisodeCodes.PlacementsWithoutUrn"/>)
/// open at or ending on or after 1 April needs an Ofsted URN. The DfE also exempts placements outside
/// England by the placement's LA (PL_LA), which this return's tables do not carry, so such placements
/// need the URN placeholder. Flags URN.
/// </summary>
public sealed class Rule218 : Ssda903Rule
{
    public override string Code => "218";
    public override string Message => "Ofsted Unique reference number (URN) is required.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => e.URN.Trimmed() is null && !EpisodeCodes.PlacementsWithoutUrn.Contains(e.PLACE.Trimmed() ?? "")
                && (e.DEC.Trimmed() is null || e.DEC.Date() >= context.CollectionStart))
            .Select(e => Finding(e, Ssda903Table.Episodes, "URN", e.URN));
}
