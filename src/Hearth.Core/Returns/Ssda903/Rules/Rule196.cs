namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>196: the reason for no SDQ score (OC2 SDQ_REASON), when given, must be SDQ1 to SDQ5.</summary>
public sealed class Rule196 : Ssda903Rule
{
    public override string Code => "196";
    public override string Message => "Strengths and Difficulties (SDQ) reason is not a valid code.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.Oc2, Ssda903Table.Oc2, nameof(Oc2Row.SDQ_REASON), o => o.SDQ_REASON, Ssda903Codes.SdqReason);
}
