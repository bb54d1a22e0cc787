namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 358: the youth justice legal statuses J1, J2 and J3 need a child over 10 (the age of criminal
/// responsibility) when the episode starts: flagged when DECOM is on or before the 10th birthday.
/// Flags the episode's DECOM and LS and the header's DOB.
/// </summary>
public sealed class Rule358 : Ssda903Rule
{
    private static readonly HashSet<string> YouthJustice = ["J1", "J2", "J3"];

    public override string Code => "358";
    public override string Message => "Child with this legal status should not be under 10.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var headers = context.Current.HeadersByChild();
        foreach (var e in context.Current.Episodes.Where(e => YouthJustice.Contains(e.LS.Trimmed() ?? "")))
        {
            if (headers.FirstHeaderBirthDate(e.CHILD) is not { } dob || e.DECOM.Date() is not { } start || start > dob.PlusYears(10)) continue;
            foreach (var f in this.Cells(e, Ssda903Table.Episodes, "DECOM", "LS")) yield return f;
            var h = headers[e.CHILD!.Trim()];
            yield return Finding(h, Ssda903Table.Header, "DOB", h.DOB);
        }
    }
}
