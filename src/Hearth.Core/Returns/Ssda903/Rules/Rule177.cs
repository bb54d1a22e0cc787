namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>177: the legal status of the adopters (AD1 LS_ADOPTR), when given, must be a valid code.</summary>
public sealed class Rule177 : Ssda903Rule
{
    public override string Code => "177";
    public override string Message => "The legal status of adopter(s) code is not a valid code.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.Ad1, Ssda903Table.Ad1, nameof(Ad1Row.LS_ADOPTR), a => a.LS_ADOPTR, Ssda903Codes.LegalStatusOfAdopters);
}
