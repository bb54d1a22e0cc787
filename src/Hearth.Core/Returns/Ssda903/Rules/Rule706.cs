namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 706: a DoLO open at the end of last year's return (no end date) must appear again this year with
/// the same start date. Needs last year's return (none: no findings). The flagged row is the open DoLO
/// in last year's DoLo table, since this year's has no row to point at.
/// </summary>
public sealed class Rule706 : Ssda903Rule
{
    public override string Code => "706";
    public override string Message => "There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of this year..";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Previous is null)
        {
            return [];
        }
        var carried = context.Current.Dolo
            .Select(d => (Child: Ssda903Values.Code(d.CHILD), Start: Ssda903Date.Parse(d.DOLO_START)))
            .ToHashSet();
        return context.Previous.Dolo
            .Where(d => Ssda903Values.IsBlank(d.DOLO_END) && !Ssda903Values.IsBlank(d.DOLO_START)
                && !carried.Contains((Ssda903Values.Code(d.CHILD), Ssda903Date.Parse(d.DOLO_START))))
            .Select(d => Finding(d, Ssda903Table.Dolo, nameof(DoloRow.DOLO_START), d.DOLO_START));
    }
}
