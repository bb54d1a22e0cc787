namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>553: a child on a placement order (LS E1) needs the date of the decision to place for adoption. The DfE validator passes a PlacedAdoption row with no DATE_PLACED and also flags ceased decisions on open E1 episodes; this follows the DfE wording: a placement order with no decision date.</summary>
public sealed class Rule553 : CareHistoryRule
{
    public override string Code => "553";
    public override string Message => "Placement order has been granted but there is no date of decision that the child should be placed for adoption.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var decided = context.Current.PlacedAdoption.Where(p => !Ssda903Values.IsBlank(p.DATE_PLACED)).Select(p => Ssda903Values.Code(p.CHILD)).ToHashSet();
        return context.Current.Episodes
            .Where(e => Ssda903Values.Code(e.LS) == "E1" && !decided.Contains(Ssda903Values.Code(e.CHILD)))
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, nameof(EpisodeRow.LS)));
    }
}
