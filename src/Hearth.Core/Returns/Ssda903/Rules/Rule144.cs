namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>144: the legal status (Episodes LS), when given, must be a valid code.</summary>
public sealed class Rule144 : Ssda903Rule
{
    public override string Code => "144";
    public override string Message => "The legal status code is not a valid code.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.Episodes, Ssda903Table.Episodes, nameof(EpisodeRow.LS), e => e.LS, Ssda903Codes.LegalStatus);
}
