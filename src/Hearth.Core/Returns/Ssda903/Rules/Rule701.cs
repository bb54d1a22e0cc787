namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>701: a DoLO end date, when given, must be a real dd/mm/yyyy date; a blank end is an open DoLO (707, 705).</summary>
public sealed class Rule701 : Ssda903Rule
{
    public override string Code => "701";
    public override string Message => "The end date of the DoLO is not a valid date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Dolo
            .Where(d => Ssda903Date.IsInvalid(d.DOLO_END))
            .Select(d => Finding(d, Ssda903Table.Dolo, nameof(DoloRow.DOLO_END), d.DOLO_END));
}
