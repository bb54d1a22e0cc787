namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// SW10STG2: a social worker episode starts more than 7 days before the previous one (the child's
/// episodes in start order) ended. The DfE allows 7 days' tolerance, and an overlap when the change
/// was for family contact (SW_REASON FCONTA). A previous episode with no end is SW08STG2's finding.
/// D2I 2024-25 also flags a gap of more than 7 days after the previous end, which the wording
/// ("started before the end date") does not cover; this follows the wording. Flags SW_DECOM.
/// </summary>
public sealed class RuleSW10STG2 : Ssda903Rule
{
    public override string Code => "SW10STG2";
    public override string Message => "A new social worker episode has started before the end date of the previous social worker episode.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        SocialWorkerSpell.ByChild(context.Current)
            .SelectMany(spells => spells.Zip(spells.Skip(1)))
            .Where(pair => pair.First.End is { } previousEnd && pair.Second.Start < previousEnd.AddDays(-7)
                && pair.Second.Row.SW_REASON?.Trim() != "FCONTA")
            .Select(pair => Finding(pair.Second.Row, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_DECOM), pair.Second.Row.SW_DECOM));
}
