namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 709: during a DoLO (start and end both given) the child is expected to be in a children's home
/// (K2) or one of the Z12/Z13 placements; any overlapping episode placed elsewhere flags the DoLO.
/// The DfE validator reads a PLACEMENT column that the Episodes table does not have, and skips open
/// episodes; this reads PLACE and treats an open episode as running on.
/// </summary>
public sealed class Rule709 : Ssda903Rule
{
    private static readonly HashSet<string> Expected = ["K2", "Z12", "Z13"];

    public override string Code => "709";
    public override string Message => "Child with a DoLO is in an unexpected placement type.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var episodes = ChildrenInReturn.DatedEpisodesByChild(context.Current.Episodes);
        return context.Current.Dolo
            .Where(d => CareHistory.DoloEpisodes(d, episodes).Any(e => !Expected.Contains(Ssda903Values.Code(e.PLACE))))
            .Select(d => Finding(d, Ssda903Table.Dolo, nameof(DoloRow.DOLO_START), d.DOLO_START));
    }
}
