namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>708: a DoLO must start after the child was born (a start on the date of birth is flagged too).</summary>
public sealed class Rule708 : Ssda903Rule
{
    public override string Code => "708";
    public override string Message => "Dates of DoLOs are before child’s date of birth.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Dolo
            .Where(d => Ssda903Date.Parse(d.DOLO_START) <= Ssda903Date.Parse(d.DOB))
            .Select(d => Finding(d, Ssda903Table.Dolo, nameof(DoloRow.DOLO_START), d.DOLO_START));
}
