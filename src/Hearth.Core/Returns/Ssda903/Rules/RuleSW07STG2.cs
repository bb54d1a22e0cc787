namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// SW07STG2: a social worker episode's end date falls in the social worker reporting period, which
/// reaches back a year before the collection year (1 April of the previous year to 31 March). Flags SW_DEC.
/// </summary>
public sealed class RuleSW07STG2 : Ssda903Rule
{
    public override string Code => "SW07STG2";
    public override string Message => "Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.SwEpisodes
            .Where(s => Ssda903Date.Parse(s.SW_DEC) is { } end && (end < context.CollectionStart.AddYears(-1) || end > context.CollectionEnd))
            .Select(s => Finding(s, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_DEC), s.SW_DEC));
}
