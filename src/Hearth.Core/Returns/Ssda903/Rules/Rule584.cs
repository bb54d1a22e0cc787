namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>584: once last year's return showed a decision to place for adoption had ceased, a decision reported this year must be a new one, made after it (a blank DATE_PLACED is flagged too). The DfE validator maps merged rows back to the wrong rows; this follows its stated condition. Needs last year's return.</summary>
public sealed class Rule584 : CareHistoryRule
{
    public override string Code => "584";
    public override string Message => "Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var lastYear = LastYearsDecisions(context);
        return context.Current.PlacedAdoption
            .Where(p => lastYear[Ssda903Values.Code(p.CHILD)]
                .Where(l => Ssda903Values.Date(l.DATE_PLACED) is not null && (!Ssda903Values.IsBlank(l.DATE_PLACED_CEASED) || !Ssda903Values.IsBlank(l.REASON_PLACED_CEASED)))
                .Any(l => Ssda903Values.Date(p.DATE_PLACED) is not { } now || now <= Ssda903Values.Date(l.DATE_PLACED)))
            .SelectMany(p => this.Cells(p, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED)));
    }
}
