namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>302: the child's earliest episode cannot start before their date of birth. Flags that episode's DECOM and the header's DOB.</summary>
public sealed class Rule302 : Ssda903Rule
{
    public override string Code => "302";
    public override string Message => "First episode starts before child was born.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var headers = context.Current.HeadersByChild();
        foreach (var episodes in ChildrenInReturn.DatedEpisodesByChild(context.Current.Episodes).Select(g => g.ToList()))
        {
            var first = episodes[0];
            if (headers.FirstHeaderBirthDate(first.CHILD) is not { } dob || first.DECOM.Date() >= dob) continue;
            var h = headers[first.CHILD!.Trim()];
            yield return Finding(first, Ssda903Table.Episodes, "DECOM", first.DECOM);
            yield return Finding(h, Ssda903Table.Header, "DOB", h.DOB);
        }
    }
}
