namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>182: once any other OC2 item (CONVICTED, HEALTH_CHECK, the interventions) is given, immunisations, teeth check, health assessment and substance misuse must all be. Flags the blank ones of those four.</summary>
public sealed class Rule182 : Ssda903Rule
{
    public override string Code => "182";
    public override string Message => "Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc2
            .Where(o => FindingCells.OtherHealthCells(o).AnyFilled())
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc2, FindingCells.CoreHealthCells(o), Ssda903Values.IsBlank));
}
