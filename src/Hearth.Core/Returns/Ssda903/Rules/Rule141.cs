namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>141: the date the episode began (Episodes DECOM), when given, must be a real date.</summary>
public sealed class Rule141 : Ssda903Rule
{
    public override string Code => "141";
    public override string Message => "Date episode began is not a valid date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidDates(context.Current.Episodes, Ssda903Table.Episodes, nameof(EpisodeRow.DECOM), e => e.DECOM);
}
