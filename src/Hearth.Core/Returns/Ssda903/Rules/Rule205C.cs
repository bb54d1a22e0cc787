namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 205C: a child in this year's UASC table who is not UASC (header UASC not 1) in either year must have no DUC in
/// either year's UASC table (csc-validator-be-903 rule_205C). Flags this year's DUC and the header's UASC. Needs last
/// year's return: finds nothing without it.
/// </summary>
public sealed class Rule205C : Ssda903Rule
{
    public override string Code => "205C";
    public override string Message => "Child not identified as UASC either this year or last year but date UASC ceased has been provided.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        UascStatus.BothYears(context)
            .Where(c => !UascStatus.IsUasc(c.Header) && !UascStatus.IsUasc(c.LastHeader) && (c.Now.DUC.IsFilled() || c.Last?.DUC.IsFilled() == true))
            .SelectMany(c => UascStatus.Flag(this, c.Now, c.Header));
}
