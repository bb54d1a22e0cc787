namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>158: when an intervention for substance misuse was received (OC2 INTERVENTION_RECEIVED 1), whether one was offered is left blank. Flags both cells.</summary>
public sealed class Rule158 : Ssda903Rule
{
    public override string Code => "158";
    public override string Message => "If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc2
            .Where(o => o.INTERVENTION_RECEIVED.IsCode("1") && o.INTERVENTION_OFFERED.IsFilled())
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc2,
                [(nameof(Oc2Row.INTERVENTION_RECEIVED), o.INTERVENTION_RECEIVED), (nameof(Oc2Row.INTERVENTION_OFFERED), o.INTERVENTION_OFFERED)]));
}
