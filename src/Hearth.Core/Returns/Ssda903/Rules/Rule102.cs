namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>102: the child's date of birth (Header DOB) must be a real dd/mm/yyyy date; blank is flagged too.</summary>
public sealed class Rule102 : Ssda903Rule
{
    public override string Code => "102";
    public override string Message => "Date of birth is not a valid date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidDates(context.Current.Header, Ssda903Table.Header, nameof(HeaderRow.DOB), h => h.DOB, blankIsInvalid: true);
}
