namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>147: the date the episode ceased (Episodes DEC), when given, must be a real date.</summary>
public sealed class Rule147 : Ssda903Rule
{
    public override string Code => "147";
    public override string Message => "Date episode ceased is not a valid date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidDates(context.Current.Episodes, Ssda903Table.Episodes, nameof(EpisodeRow.DEC), e => e.DEC);
}
