namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>192: a child with a substance misuse problem (OC2 SUBSTANCE_MISUSE 1) says whether an intervention was received. Flags SUBSTANCE_MISUSE and INTERVENTION_RECEIVED.</summary>
public sealed class Rule192 : Ssda903Rule
{
    public override string Code => "192";
    public override string Message => "Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc2
            .Where(o => o.SUBSTANCE_MISUSE.IsCode("1") && o.INTERVENTION_RECEIVED.IsBlank())
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc2,
                [(nameof(Oc2Row.SUBSTANCE_MISUSE), o.SUBSTANCE_MISUSE), (nameof(Oc2Row.INTERVENTION_RECEIVED), o.INTERVENTION_RECEIVED)]));
}
