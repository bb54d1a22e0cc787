namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>547: a child with health promotion information (HEALTH_CHECK 1) must have immunisations, teeth check, health assessment and substance misuse completed.</summary>
public sealed class Rule547 : CareHistoryRule
{
    public override string Code => "547";
    public override string Message => "Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc2
            .Where(r => Ssda903Values.Code(r.HEALTH_CHECK) == "1" && (Ssda903Values.IsBlank(r.IMMUNISATIONS) || Ssda903Values.IsBlank(r.TEETH_CHECK) || Ssda903Values.IsBlank(r.HEALTH_ASSESSMENT) || Ssda903Values.IsBlank(r.SUBSTANCE_MISUSE)))
            .SelectMany(r => this.Cells(r, Ssda903Table.Oc2, nameof(Oc2Row.HEALTH_CHECK), nameof(Oc2Row.IMMUNISATIONS), nameof(Oc2Row.TEETH_CHECK), nameof(Oc2Row.HEALTH_ASSESSMENT), nameof(Oc2Row.SUBSTANCE_MISUSE)));
}
