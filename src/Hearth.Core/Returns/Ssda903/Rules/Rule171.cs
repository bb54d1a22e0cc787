namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>171: the date of birth of a mother's child (Header MC_DOB), when given, must be a real date.</summary>
public sealed class Rule171 : Ssda903Rule
{
    public override string Code => "171";
    public override string Message => "Date of birth of mother's child is not a valid date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidDates(context.Current.Header, Ssda903Table.Header, nameof(HeaderRow.MC_DOB), h => h.MC_DOB);
}
