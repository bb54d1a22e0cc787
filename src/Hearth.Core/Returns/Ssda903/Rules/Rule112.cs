namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>112: the date the LA decided the child should be placed for adoption (AD1 DATE_INT), when given, must be a real date.</summary>
public sealed class Rule112 : Ssda903Rule
{
    public override string Code => "112";
    public override string Message => "Date should be placed for adoption is not a valid date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidDates(context.Current.Ad1, Ssda903Table.Ad1, nameof(Ad1Row.DATE_INT), a => a.DATE_INT);
}
