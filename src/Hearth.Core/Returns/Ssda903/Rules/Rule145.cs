namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>145: the category of need (Episodes CIN), when given, must be N1 to N8.</summary>
public sealed class Rule145 : Ssda903Rule
{
    public override string Code => "145";
    public override string Message => "Category of need code is not a valid code.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.Episodes, Ssda903Table.Episodes, nameof(EpisodeRow.CIN), e => e.CIN, Ssda903Codes.CategoryOfNeed);
}
