namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>114: whether the adopters were the child's foster carers (AD1 FOSTER_CARE), when given, must be 0 or 1.</summary>
public sealed class Rule114 : Ssda903Rule
{
    public override string Code => "114";
    public override string Message => "Data entry to record the status of former carer(s) of an adopted child is invalid.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.Ad1, Ssda903Table.Ad1, nameof(Ad1Row.FOSTER_CARE), a => a.FOSTER_CARE, Ssda903Codes.Flag);
}
