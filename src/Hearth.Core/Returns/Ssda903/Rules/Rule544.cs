namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>544: a child with conviction information (CONVICTED 1) must have immunisations, teeth check, health assessment and substance misuse completed.</summary>
public sealed class Rule544 : CareHistoryRule
{
    public override string Code => "544";
    public override string Message => "Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc2
            .Where(r => Ssda903Values.Code(r.CONVICTED) == "1" && (Ssda903Values.IsBlank(r.IMMUNISATIONS) || Ssda903Values.IsBlank(r.TEETH_CHECK) || Ssda903Values.IsBlank(r.HEALTH_ASSESSMENT) || Ssda903Values.IsBlank(r.SUBSTANCE_MISUSE)))
            .SelectMany(r => this.Cells(r, Ssda903Table.Oc2, nameof(Oc2Row.CONVICTED), nameof(Oc2Row.IMMUNISATIONS), nameof(Oc2Row.TEETH_CHECK), nameof(Oc2Row.HEALTH_ASSESSMENT), nameof(Oc2Row.SUBSTANCE_MISUSE)));
}
