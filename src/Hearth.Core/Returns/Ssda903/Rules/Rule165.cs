namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>165: the mother status (Header MOTHER), when given, must be 0 or 1 and only for a girl; a girl with an episode (other than a V3/V4 short break) open during the year must have it. Flags MOTHER and SEX. The DfE validator still tests the old gender codes 1/2; this uses the 2024-25 sex codes M/F. Its extra clause (a mother status given for a girl with no episode in the year but with OC3 data) contradicts the DfE wording and is left out.</summary>
public sealed class Rule165 : Ssda903Rule
{
    public override string Code => "165";
    public override string Message => "Data entry for mother status is invalid.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var start = context.CollectionStart;
        var end = context.CollectionEnd;
        var inCareThisYear = context.Current.Episodes
            .Where(e => e.CHILD.IsFilled() && !EpisodeCodes.ShortBreaks.Is(e.LS)
                && Ssda903Date.Parse(e.DECOM) <= end && (Ssda903Date.Parse(e.DEC) ?? end) >= start)
            .Select(e => e.CHILD!.Trim())
            .ToHashSet();
        return context.Current.Header
            .Where(h => h.MOTHER.IsFilled()
                ? !Ssda903Codes.Flag.Is(h.MOTHER) || h.SEX.IsCode("M")
                : h.SEX.IsCode("F") && h.In(inCareThisYear))
            .SelectMany(h => this.Cells(h, Ssda903Table.Header, [(nameof(HeaderRow.MOTHER), h.MOTHER), (nameof(HeaderRow.SEX), h.SEX)]));
    }
}
