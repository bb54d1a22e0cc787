namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>SW04STG1: the social worker episode's start date is missing or not a dd/mm/yyyy date. Flags SW_DECOM.</summary>
public sealed class RuleSW04STG1 : Ssda903Rule
{
    public override string Code => "SW04STG1";
    public override string Message => "Date social worker episode began is not a valid date..";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.SwEpisodes
            .Where(s => Ssda903Date.Parse(s.SW_DECOM) is null)
            .Select(s => Finding(s, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_DECOM), s.SW_DECOM));
}
