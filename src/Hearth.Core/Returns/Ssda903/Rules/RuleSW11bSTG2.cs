namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// SW11bSTG2: a child's latest social worker episode ended before 31 March, so no episode follows it.
/// Follows the DfE wording; the D2I version also flags every child with a single episode, open or not,
/// and looks at the row after the ended one. Flags the latest episode's SW_DEC.
/// </summary>
public sealed class RuleSW11bSTG2 : Ssda903Rule
{
    public override string Code => "SW11bSTG2";
    public override string Message => "Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        SocialWorkerSpell.ByChild(context.Current)
            .Select(spells => spells[^1])
            .Where(s => s.End < context.CollectionEnd)
            .Select(s => Finding(s.Row, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_DEC), s.Row.SW_DEC));
}
