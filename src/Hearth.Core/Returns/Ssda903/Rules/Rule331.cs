namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 331: a child is matched with adopters before being placed with them: AD1 DATE_MATCH cannot be after
/// the start (DECOM) of the episode that ended in adoption (REC E11, E12). Flags DATE_MATCH and that episode's DECOM and REC.
/// </summary>
public sealed class Rule331 : Ssda903Rule
{
    public override string Code => "331";
    public override string Message => "Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        foreach (var ad1 in context.Current.Ad1.Where(a => a.DATE_MATCH.Date() is not null))
        {
            var late = context.Current.Episodes.For(ad1.CHILD)
                .Where(e => e.REC.Trimmed() is "E11" or "E12" && ad1.DATE_MATCH.Date() > e.DECOM.Date()).ToList();
            if (late.Count == 0) continue;
            yield return Finding(ad1, Ssda903Table.Ad1, "DATE_MATCH", ad1.DATE_MATCH);
            foreach (var f in late.SelectMany(e => this.Cells(e, Ssda903Table.Episodes, "DECOM", "REC"))) yield return f;
        }
    }
}
