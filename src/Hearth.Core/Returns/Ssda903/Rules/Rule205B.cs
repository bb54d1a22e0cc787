namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 205B: a child UASC both last year and this year must have last year's DUC on their 18th birthday (the date status
/// would cease), and this year's DUC either in this collection year or the same as last year's, as the DfE validator
/// checks it (csc-validator-be-903 rule_205B; the birthday from last year's UASC row's DOB, else this year's). Flags
/// this year's DUC and the header's UASC. Needs last year's return: finds nothing without it.
/// </summary>
public sealed class Rule205B : Ssda903Rule
{
    public override string Code => "205B";
    public override string Message => "Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        UascStatus.BothYears(context)
            .Where(c => UascStatus.IsUasc(c.Header) && UascStatus.IsUasc(c.LastHeader) && !Supported(context, c.Now, c.Last!))
            .SelectMany(c => UascStatus.Flag(this, c.Now, c.Header));

    private static bool Supported(Ssda903Context context, UascRow now, UascRow last)
    {
        var ceased = now.DUC.Date();
        var ceasedLast = last.DUC.Date();
        var eighteenth = ChildrenInReturn.Birthday(last.DOB.Date() is not null ? last.DOB : now.DOB, 18);
        var inYear = ceased >= context.CollectionStart && ceased <= context.CollectionEnd;
        var sameAsLast = ceased is not null && ceased == ceasedLast;
        return ceasedLast is not null && ceasedLast == eighteenth && (inYear || sameAsLast);
    }
}
