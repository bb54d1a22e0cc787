namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>542: conviction information is only for children aged 10 or over at 31 March.</summary>
public sealed class Rule542 : CareHistoryRule
{
    public override string Code => "542";
    public override string Message => "A child aged under 10 at 31 March should not have conviction information completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc2
            .Where(r => !Ssda903Values.IsBlank(r.CONVICTED) && ChildrenInReturn.AgeAt(r.DOB, context.CollectionEnd) < 10)
            .SelectMany(r => this.Cells(r, Ssda903Table.Oc2, nameof(Oc2Row.CONVICTED)));
}
