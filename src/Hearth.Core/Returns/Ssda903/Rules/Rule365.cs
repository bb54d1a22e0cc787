namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>365: a short-term respite break (legal status V3) lasts at most 17 days; an open one runs to 31 March. Flags LS, DECOM and DEC.</summary>
public sealed class Rule365 : Ssda903Rule
{
    public override string Code => "365";
    public override string Message => "Any individual short- term respite placement must not exceed 17 days.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => e.LS.Trimmed() == "V3" && e.DECOM.Date() is { } start
                && (e.DEC.Date() ?? context.CollectionEnd) > start.PlusDays(17))
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, "LS", "DECOM", "DEC"));
}
