namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>148: the date and the reason an episode ceased (Episodes DEC, REC) go together: both or neither. Flags both cells.</summary>
public sealed class Rule148 : Ssda903Rule
{
    public override string Code => "148";
    public override string Message => "Date episode ceased and reason episode ceased must both be coded, or both left blank.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => e.DEC.IsBlank() != e.REC.IsBlank())
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, [(nameof(EpisodeRow.DEC), e.DEC), (nameof(EpisodeRow.REC), e.REC)]));
}
