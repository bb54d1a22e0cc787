namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// NoE: an episode that began before this collection year belongs to a child who must then have
/// episodes in last year's return. Needs last year's return: finds nothing without it. Flags the DECOM.
/// </summary>
public sealed class RuleNoE : Ssda903Rule
{
    public override string Code => "NoE";
    public override string Message => "This child has no episodes loaded for previous year even though child started to be looked after before this current year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Previous is null)
        {
            return [];
        }

        var lastYear = context.Previous.Episodes.Select(ChildrenInReturn.ChildKey).ToHashSet();
        return context.Current.Episodes
            .Where(e => Ssda903Date.Parse(e.DECOM) < context.CollectionStart && !lastYear.Contains(e.ChildKey()))
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.DECOM), e.DECOM));
    }
}
