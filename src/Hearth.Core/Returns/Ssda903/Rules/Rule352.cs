namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>352: a period of care (RNE S) cannot start on or after the child's 18th birthday. Flags DECOM and RNE.</summary>
public sealed class Rule352 : Ssda903Rule
{
    public override string Code => "352";
    public override string Message => "Child who started to be looked after was aged 18 or over.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var headers = context.Current.HeadersByChild();
        return context.Current.Episodes
            .Where(e => e.RNE.Trimmed()?.ToUpperInvariant() == "S"
                && headers.FirstHeaderBirthDate(e.CHILD) is { } dob && e.DECOM.Date() >= dob.PlusYears(18))
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, "DECOM", "RNE"));
    }
}
