namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>583: of a child's decisions to place for adoption, only the latest may be open (no DATE_PLACED_CEASED): an earlier open one, or more than one open, is flagged.</summary>
public sealed class Rule583 : CareHistoryRule
{
    public override string Code => "583";
    public override string Message => "More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a previous year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.PlacedAdoption
            .GroupBy(p => Ssda903Values.Code(p.CHILD))
            .SelectMany(child =>
            {
                var latest = child.MaxBy(p => Ssda903Values.Date(p.DATE_PLACED) ?? DateOnly.MinValue);
                var open = child.Where(p => Ssda903Values.IsBlank(p.DATE_PLACED_CEASED)).ToList();
                return open.Where(p => open.Count > 1 || p != latest);
            })
            .SelectMany(p => this.Cells(p, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED), nameof(PlacedAdoptionRow.DATE_PLACED_CEASED)));
}
