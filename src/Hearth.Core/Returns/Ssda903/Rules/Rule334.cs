namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 334: the decision to place for adoption (AD1 DATE_INT) cannot precede the start of the latest
/// period of care (the last episode with RNE S). Flags DATE_INT and that episode's DECOM and RNE.
/// </summary>
public sealed class Rule334 : Ssda903Rule
{
    public override string Code => "334";
    public override string Message => "Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        foreach (var episodes in ChildrenInReturn.DatedEpisodesByChild(context.Current.Episodes).Select(g => g.ToList()))
        {
            if (episodes.LastOrDefault(e => e.RNE.Trimmed() == "S") is not { } start) continue;
            foreach (var ad1 in context.Current.Ad1.For(start.CHILD).Where(a => a.DATE_INT.Date() < start.DECOM.Date()))
            {
                foreach (var f in this.Cells(start, Ssda903Table.Episodes, "DECOM", "RNE")) yield return f;
                yield return Finding(ad1, Ssda903Table.Ad1, "DATE_INT", ad1.DATE_INT);
            }
        }
    }
}
