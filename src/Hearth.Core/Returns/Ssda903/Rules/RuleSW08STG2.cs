namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// SW08STG2: every social worker episode but a child's latest (by start date) must have ended: a
/// later one has started. An end that is not a date counts as not ended. Flags SW_DEC.
/// </summary>
public sealed class RuleSW08STG2 : Ssda903Rule
{
    public override string Code => "SW08STG2";
    public override string Message => "A new social worker episode has started, but the previous episode has not ended.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        SocialWorkerSpell.ByChild(context.Current)
            .SelectMany(spells => spells.SkipLast(1))
            .Where(s => s.End is null)
            .Select(s => Finding(s.Row, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_DEC), s.Row.SW_DEC));
}
