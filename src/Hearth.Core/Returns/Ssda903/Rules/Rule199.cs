namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 199: a child adopted from care (an episode ending E11 or E12) should not come back into care: every
/// episode of this year's return that starts after (or with) a child's first adoption episode, other
/// than that episode itself, is flagged. Looks at this year's episodes and, when loaded, last year's
/// (an episode in both returns, same child and start, is taken once). Flags CHILD.
/// </summary>
public sealed class Rule199 : Ssda903Rule
{
    public override string Code => "199";
    public override string Message => "Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var current = context.Current.Episodes.Where(e => e.CHILD.Trimmed() is not null && e.DECOM.Date() is not null).ToList();
        var seen = current.Select(e => (e.CHILD.Trimmed(), e.DECOM.Date())).ToHashSet();
        var earlier = (context.Previous?.Episodes ?? [])
            .Where(e => e.CHILD.Trimmed() is not null && e.DECOM.Date() is not null && !seen.Contains((e.CHILD.Trimmed(), e.DECOM.Date())));
        foreach (var child in earlier.Select(e => (Episode: e, Now: false)).Concat(current.Select(e => (Episode: e, Now: true)))
            .GroupBy(x => x.Episode.CHILD.Trimmed()))
        {
            var adopted = false;
            foreach (var (e, now) in child.OrderBy(x => x.Episode.DECOM.Date()).ThenBy(x => x.Now).ThenBy(x => x.Episode.Row))
            {
                var isAdoption = e.REC.Trimmed() is "E11" or "E12";
                if (adopted && now) yield return Finding(e, Ssda903Table.Episodes, "CHILD", e.CHILD);
                adopted |= isAdoption;
            }
        }
    }
}
