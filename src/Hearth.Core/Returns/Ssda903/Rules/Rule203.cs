namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 203: a child's date of birth should not change from last year's return (compared as dates when both are valid, else as sent). Needs last year's return: without it nothing is found.
/// Flags this year's DOB.
/// </summary>
public sealed class Rule203 : Ssda903Rule
{
    public override string Code => "203";
    public override string Message => "Date of birth disagrees with the date of birth already recorded for this child.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.HeadersInBothYears()
            .Where(x => (x.Now.DOB.Date(), x.Last.DOB.Date()) is ({ } now, { } last) ? now != last : x.Now.DOB.Trimmed() != x.Last.DOB.Trimmed())
            .Select(x => Finding(x.Now, Ssda903Table.Header, "DOB", x.Now.DOB));
}
