namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// SW05STG1: the social worker episode's end date, when given, is not a dd/mm/yyyy date (the DfE
/// message repeats SW04's "began"; the rule is about SW_DEC). A blank end is an open episode and
/// passes: the D2I validator also flags blanks, which would flag every child's current worker
/// (SW17STG2 requires one to be open), so this follows the DfE intent instead. Flags SW_DEC.
/// </summary>
public sealed class RuleSW05STG1 : Ssda903Rule
{
    public override string Code => "SW05STG1";
    public override string Message => "Date social worker episode began is not a valid date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.SwEpisodes
            .Where(s => Ssda903Date.IsInvalid(s.SW_DEC))
            .Select(s => Finding(s, Ssda903Table.SwEpisodes, nameof(SwEpisodeRow.SW_DEC), s.SW_DEC));
}
