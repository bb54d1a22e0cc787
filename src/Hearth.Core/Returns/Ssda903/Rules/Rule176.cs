namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>176: the sex of the adopters (AD1 SEX_ADOPTR), when given, must be M1, F1, MM, FF or MF.</summary>
public sealed class Rule176 : Ssda903Rule
{
    public override string Code => "176";
    public override string Message => "The gender of adopter(s) at the date of adoption code is not a valid code.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.Ad1, Ssda903Table.Ad1, nameof(Ad1Row.SEX_ADOPTR), a => a.SEX_ADOPTR, Ssda903Codes.SexOfAdopters);
}
