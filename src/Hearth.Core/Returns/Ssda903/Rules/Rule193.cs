namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>193: a child without a substance misuse problem (OC2 SUBSTANCE_MISUSE 0 or blank) has neither intervention item. Flags the filled intervention cells.</summary>
public sealed class Rule193 : Ssda903Rule
{
    public override string Code => "193";
    public override string Message => "Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc2
            .Where(o => o.SUBSTANCE_MISUSE.IsBlank() || o.SUBSTANCE_MISUSE.IsCode("0"))
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc2,
                [(nameof(Oc2Row.INTERVENTION_RECEIVED), o.INTERVENTION_RECEIVED), (nameof(Oc2Row.INTERVENTION_OFFERED), o.INTERVENTION_OFFERED)],
                Ssda903Values.IsFilled));
}
