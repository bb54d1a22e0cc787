namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>554: a decision to place for adoption should be on or before the placement order, taken as the start of the first E1 (placement order) episode in this return; an order made in an earlier year can give false results, as the DfE warns.</summary>
public sealed class Rule554 : CareHistoryRule
{
    public override string Code => "554";
    public override string Message => "Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted. [NOTE: This rule may result in false positives or false negatives if relevant episodes are in previous years; please check carefully!]";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var decisions = context.Current.PlacedAdoption.ToLookup(p => Ssda903Values.Code(p.CHILD));
        return ChildrenInReturn.EpisodesInDateOrder(context.Current.Episodes)
            .Select(child => child.FirstOrDefault(e => Ssda903Values.Code(e.LS) == "E1" && Ssda903Values.Date(e.DECOM) is not null))
            .OfType<EpisodeRow>()
            .SelectMany(order => decisions[Ssda903Values.Code(order.CHILD)]
                .Where(p => Ssda903Values.Date(p.DATE_PLACED) > Ssda903Values.Date(order.DECOM))
                .SelectMany(p => this.Cells(order, Ssda903Table.Episodes, nameof(EpisodeRow.DECOM), nameof(EpisodeRow.LS))
                    .Concat(this.Cells(p, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED)))))
            .Distinct();
    }
}
