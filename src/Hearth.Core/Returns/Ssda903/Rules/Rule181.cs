namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>181: the eight 0/1 OC2 items (CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED), when given, are 0 or 1. Flags each other value.</summary>
public sealed class Rule181 : Ssda903Rule
{
    public override string Code => "181";
    public override string Message => "Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc2.SelectMany(o => this.Cells(o, Ssda903Table.Oc2, FindingCells.HealthCells(o),
            value => value.IsFilled() && !Ssda903Codes.Flag.Is(value)));
}
