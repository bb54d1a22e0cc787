namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// SW12STG2: a child looked after at 31 March (an episode with no end date, other than the short-break
/// legal statuses V3 and V4) has social worker episodes for the whole year, including time before
/// care began: the earliest must start by 1 April (or by birth, for a child born in the year). Flags
/// the earliest social worker episode's SW_DECOM, or the open episode's DECOM when the child has none.
/// D2I pairs every care episode with every social worker episode instead; this follows the DfE wording.
/// </summary>
public sealed class RuleSW12STG2 : Ssda903Rule
{
    private static readonly HashSet<string> ShortBreaks = ["V3", "V4"];

    public override string Code => "SW12STG2";
    public override string Message => "If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var earliest = SocialWorkerSpell.ByChild(context.Current).ToDictionary(spells => ChildrenInReturn.ChildKey(spells[0].Row), spells => spells[0]);
        var births = context.Current.Header.GroupBy(ChildrenInReturn.ChildKey).ToDictionary(g => g.Key, g => Ssda903Date.Parse(g.First().DOB));
        var open = context.Current.Episodes
            .Where(e => string.IsNullOrWhiteSpace(e.DEC) && Ssda903Date.Parse(e.DECOM) <= context.CollectionEnd && !ShortBreaks.Contains(e.LS?.Trim() ?? ""))
            .GroupBy(ChildrenInReturn.ChildKey);
        foreach (var child in open)
        {
            var dob = births.GetValueOrDefault(child.Key);
            var needed = dob > context.CollectionStart ? dob.Value : context.CollectionStart;
            if (!earliest.TryGetValue(child.Key, out var first))
            {
                var episode = child.First();
                yield return Finding(episode, Ssda903Table.Episodes, nameof(EpisodeRow.DECOM), episode.DECOM);
            }
            else if (first.Start > needed)
            {
                yield return Finding(first.Row, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_DECOM), first.Row.SW_DECOM);
            }
        }
    }
}
