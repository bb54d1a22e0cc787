namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>174: a mother's child's date of birth (Header MC_DOB) cannot be given for a male child (SEX M). Flags SEX and MC_DOB.</summary>
public sealed class Rule174 : Ssda903Rule
{
    public override string Code => "174";
    public override string Message => "Mother's child date of birth is recorded but sex shows that the child is a male.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Header
            .Where(h => h.SEX.IsCode("M") && h.MC_DOB.IsFilled())
            .SelectMany(h => this.Cells(h, Ssda903Table.Header, [(nameof(HeaderRow.SEX), h.SEX), (nameof(HeaderRow.MC_DOB), h.MC_DOB)]));
}
