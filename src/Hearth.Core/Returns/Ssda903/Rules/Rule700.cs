namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>700: every DoLO must have a start date in dd/mm/yyyy; a blank start is flagged too (as the DfE validator does).</summary>
public sealed class Rule700 : Ssda903Rule
{
    public override string Code => "700";
    public override string Message => "The start date of the DoLO is not a valid date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Dolo
            .Where(d => Ssda903Date.Parse(d.DOLO_START) is null)
            .Select(d => Finding(d, Ssda903Table.Dolo, nameof(DoloRow.DOLO_START), d.DOLO_START));
}
