namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 210: UN4 ("UPN not yet obtained, newly looked after") is only for a child who started to be looked
/// after in the last week of the year. The DfE's logic (and D2I) flags UN4 with an episode starting on
/// or after 24 March, the reverse of the wording; this follows the wording: a child with UN4 still looked
/// after at 31 March (an open episode) whose period of care began before 24 March is flagged. Flags the
/// open episode's DECOM and the header's UPN.
/// </summary>
public sealed class Rule210 : Ssda903Rule
{
    public override string Code => "210";
    public override string Message => "Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var cutOff = new DateOnly(context.CollectionEnd.Year, 3, 24);
        var un4 = context.Current.Header.Where(h => h.UPN.Trimmed() == "UN4").GroupBy(h => h.CHILD.Trimmed() ?? "").ToDictionary(g => g.Key, g => g.First());
        foreach (var period in context.Current.AdjoiningRuns(_ => true))
        {
            var open = period[^1];
            if (open.DEC.Trimmed() is not null || !un4.TryGetValue(open.CHILD.Trimmed() ?? "", out var h)) continue;
            if (period[0].DECOM.Date() >= cutOff) continue;
            yield return Finding(open, Ssda903Table.Episodes, "DECOM", open.DECOM);
            yield return Finding(h, Ssda903Table.Header, "UPN", h.UPN);
        }
    }
}
