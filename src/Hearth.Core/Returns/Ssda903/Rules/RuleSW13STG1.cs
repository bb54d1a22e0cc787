namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// SW13STG1: the reason for the change of social worker is one of the codes. A blank reason is allowed
/// only on the child's first episode of the year: the one open at 1 April, or else the first to start in the year. Flags SW_REASON.
/// </summary>
public sealed class RuleSW13STG1 : Ssda903Rule
{
    public override string Code => "SW13STG1";
    public override string Message => "The reason for social worker change is not valid.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var firstOfYear = SocialWorkerSpell.ByChild(context.Current)
            .Select(spells => FirstOfYear(spells, context.CollectionStart)?.Row)
            .OfType<SwEpisodeRow>()
            .ToHashSet();
        return context.Current.SwEpisodes
            .Where(s => !Ssda903Codes.SocialWorkerChangeReason.Is(s.SW_REASON))
            .Where(s => !(string.IsNullOrWhiteSpace(s.SW_REASON) && firstOfYear.Contains(s)))
            .Select(s => Finding(s, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_REASON), s.SW_REASON));
    }

    private static SocialWorkerSpell? FirstOfYear(IReadOnlyList<SocialWorkerSpell> spells, DateOnly start) =>
        spells.LastOrDefault(s => s.Start < start) is { } before && !(before.End < start)
            ? before
            : spells.FirstOrDefault(s => s.Start >= start);
}
