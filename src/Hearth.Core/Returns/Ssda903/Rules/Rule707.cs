namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 707: when the child is no longer looked after (their latest episode has an end date), none of
/// their DoLOs may still be open. The DfE validator also flags DoLOs ending outside a period of care,
/// which the DfE wording does not ask for; this follows the wording.
/// </summary>
public sealed class Rule707 : Ssda903Rule
{
    public override string Code => "707";
    public override string Message => "Child ceased to be looked after but there is a DoLO without an end date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var episodes = ChildrenInReturn.DatedEpisodesByChild(context.Current.Episodes);
        return context.Current.Dolo
            .Where(d => !Ssda903Values.IsBlank(d.DOLO_START) && Ssda903Values.IsBlank(d.DOLO_END)
                && episodes.LatestEpisode(d.CHILD) is { } latest && !Ssda903Values.IsBlank(latest.DEC))
            .Select(d => Finding(d, Ssda903Table.Dolo, nameof(DoloRow.DOLO_END), d.DOLO_END));
    }
}
