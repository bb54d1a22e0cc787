namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// SW17STG2: a child's latest social worker episode (by start date) must still be open at 31 March,
/// so have no end date. Flags that episode's SW_DEC.
/// </summary>
public sealed class RuleSW17STG2 : Ssda903Rule
{
    public override string Code => "SW17STG2";
    public override string Message => "There is no social worker episode open at 31 March";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        SocialWorkerSpell.ByChild(context.Current)
            .Select(spells => spells[^1].Row)
            .Where(s => !string.IsNullOrWhiteSpace(s.SW_DEC))
            .Select(s => Finding(s, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_DEC), s.SW_DEC));
}
