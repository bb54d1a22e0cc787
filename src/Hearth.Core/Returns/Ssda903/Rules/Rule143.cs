namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>143: the reason for new episode (Episodes RNE), when given, must be S, L, P, T, U or B.</summary>
public sealed class Rule143 : Ssda903Rule
{
    public override string Code => "143";
    public override string Message => "The reason for new episode code is not a valid code.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.Episodes, Ssda903Table.Episodes, nameof(EpisodeRow.RNE), e => e.RNE, Ssda903Codes.ReasonForNewEpisode);
}
