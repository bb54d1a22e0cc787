namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>189: a child 17 or over on 1 April has no SDQ score nor reason for none. Flags the filled ones.</summary>
public sealed class Rule189 : Ssda903Rule
{
    public override string Code => "189";
    public override string Message => "Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc2
            .Where(o => ChildrenInReturn.Birthday(o.DOB, 17) <= context.CollectionStart)
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc2, FindingCells.SdqCells(o), Ssda903Values.IsFilled));
}
