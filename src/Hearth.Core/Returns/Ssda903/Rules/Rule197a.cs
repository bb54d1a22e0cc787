namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>197a: an SDQ score and a reason for no score are not both given. Flags both cells.</summary>
public sealed class Rule197a : Ssda903Rule
{
    public override string Code => "197a";
    public override string Message => "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc2
            .Where(o => FindingCells.SdqCells(o).All(c => c.Value.IsFilled()))
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc2, FindingCells.SdqCells(o)));
}
