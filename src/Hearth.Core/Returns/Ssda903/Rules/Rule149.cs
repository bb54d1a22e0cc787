namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>149: the reason the episode ceased (Episodes REC), when given, must be a valid code.</summary>
public sealed class Rule149 : Ssda903Rule
{
    public override string Code => "149";
    public override string Message => "Reason episode ceased code is not valid.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.Episodes, Ssda903Table.Episodes, nameof(EpisodeRow.REC), e => e.REC, Ssda903Codes.ReasonEpisodeCeased);
}
