namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>175: the number of adopters (AD1 NB_ADOPTR), when given, must be 1 or 2.</summary>
public sealed class Rule175 : Ssda903Rule
{
    private static readonly HashSet<string> NumberOfAdopters = ["1", "2"];

    public override string Code => "175";
    public override string Message => "The number of adopter(s) code is not a valid code.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.Ad1, Ssda903Table.Ad1, nameof(Ad1Row.NB_ADOPTR), a => a.NB_ADOPTR, NumberOfAdopters);
}
