namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 215: a child with care leaver information (any of OC3 IN_TOUCH, ACTIV, ACCOM) should not also have
/// the OC2 items for children looked after 12 months (CONVICTED to INTERVENTION_OFFERED). Flags the
/// OC3 row's three cells and the OC2 row's eight.
/// </summary>
public sealed class Rule215 : Ssda903Rule
{
    private static readonly string[] CareLeaverFields = ["IN_TOUCH", "ACTIV", "ACCOM"];

    private static readonly string[] LookedAfterFields =
    [
        "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE",
        "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED",
    ];

    public override string Code => "215";
    public override string Message => "Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        foreach (var oc3 in context.Current.Oc3.Where(o => CareLeaverFields.Any(f => o.Value(f).Trimmed() is not null)))
        {
            foreach (var oc2 in context.Current.Oc2.For(oc3.CHILD).Where(o => LookedAfterFields.Any(f => o.Value(f).Trimmed() is not null)))
            {
                foreach (var f in this.Cells(oc3, Ssda903Table.Oc3, CareLeaverFields)) yield return f;
                foreach (var f in this.Cells(oc2, Ssda903Table.Oc2, LookedAfterFields)) yield return f;
            }
        }
    }
}
