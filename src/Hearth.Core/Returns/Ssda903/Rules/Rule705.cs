namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 705: a child's DoLOs, in start order, cannot overlap: each must start after the one before has
/// ended, and that one must have an end date. Flags the later DoLO's start and the earlier one's end.
/// The DfE validator orders by the end-date text (so misorders dates across months); this orders by start date.
/// </summary>
public sealed class Rule705 : Ssda903Rule
{
    public override string Code => "705";
    public override string Message => "A DoLO cannot start when the previous DoLO is still open.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Dolo
            .Where(d => d.CHILD is not null && Ssda903Date.Parse(d.DOLO_START) is not null)
            .GroupBy(d => d.CHILD!.Trim())
            .SelectMany(child => child.OrderBy(d => Ssda903Date.Parse(d.DOLO_START)).ThenBy(d => d.Row).Pairwise())
            .Where(p => Ssda903Date.Parse(p.Earlier.DOLO_END) is not { } end || Ssda903Date.Parse(p.Later.DOLO_START) <= end)
            .SelectMany(p => new[]
            {
                Finding(p.Earlier, Ssda903Table.Dolo, nameof(DoloRow.DOLO_END), p.Earlier.DOLO_END),
                Finding(p.Later, Ssda903Table.Dolo, nameof(DoloRow.DOLO_START), p.Later.DOLO_START),
            });
}
