namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>131: a care leaver's being in touch (OC3 IN_TOUCH) must be a valid code; blank is flagged too (as the DfE validator does; 153 covers partly blank rows).</summary>
public sealed class Rule131 : Ssda903Rule
{
    public override string Code => "131";
    public override string Message => "Data entry for being in touch after leaving care is invalid.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.Oc3, Ssda903Table.Oc3, nameof(Oc3Row.IN_TOUCH), o => o.IN_TOUCH, Ssda903Codes.InTouch, blankIsInvalid: true);
}
