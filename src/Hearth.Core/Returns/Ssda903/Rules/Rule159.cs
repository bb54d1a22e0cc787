namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>159: a child with a substance misuse problem (SUBSTANCE_MISUSE 1) who received no intervention (INTERVENTION_RECEIVED 0) must say whether one was offered (INTERVENTION_OFFERED). Flags the three cells.</summary>
public sealed class Rule159 : Ssda903Rule
{
    public override string Code => "159";
    public override string Message => "If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc2
            .Where(o => o.SUBSTANCE_MISUSE.IsCode("1") && o.INTERVENTION_RECEIVED.IsCode("0") && o.INTERVENTION_OFFERED.IsBlank())
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc2,
            [
                (nameof(Oc2Row.SUBSTANCE_MISUSE), o.SUBSTANCE_MISUSE), (nameof(Oc2Row.INTERVENTION_RECEIVED), o.INTERVENTION_RECEIVED),
                (nameof(Oc2Row.INTERVENTION_OFFERED), o.INTERVENTION_OFFERED),
            ]));
}
