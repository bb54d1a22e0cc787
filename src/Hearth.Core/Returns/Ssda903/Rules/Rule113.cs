namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>113: the date child and adopters were matched (AD1 DATE_MATCH), when given, must be a real date.</summary>
public sealed class Rule113 : Ssda903Rule
{
    public override string Code => "113";
    public override string Message => "Date matching child and adopter(s) is not a valid date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidDates(context.Current.Ad1, Ssda903Table.Ad1, nameof(Ad1Row.DATE_MATCH), a => a.DATE_MATCH);
}
