namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>188: a child under 4 on 31 March has no SDQ score nor reason for none. Flags the filled ones.</summary>
public sealed class Rule188 : Ssda903Rule
{
    public override string Code => "188";
    public override string Message => "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc2
            .Where(o => ChildrenInReturn.Birthday(o.DOB, 4) > context.CollectionEnd)
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc2, FindingCells.SdqCells(o), Ssda903Values.IsFilled));
}
