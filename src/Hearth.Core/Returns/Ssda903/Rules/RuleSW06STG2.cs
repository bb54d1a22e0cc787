namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>SW06STG2: a social worker episode cannot start after 31 March of the collection year. Flags SW_DECOM.</summary>
public sealed class RuleSW06STG2 : Ssda903Rule
{
    public override string Code => "SW06STG2";
    public override string Message => "Social worker episode data should be within the social worker data reporting year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.SwEpisodes
            .Where(s => Ssda903Date.Parse(s.SW_DECOM) > context.CollectionEnd)
            .Select(s => Finding(s, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_DECOM), s.SW_DECOM));
}
