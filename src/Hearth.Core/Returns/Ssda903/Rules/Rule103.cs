namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>103: ethnicity (Header ETHNIC) must be one of the 2024-25 onward codes (with WROM, not WRMA); blank is flagged.</summary>
public sealed class Rule103 : Ssda903Rule
{
    private static readonly HashSet<string> Ethnicities =
    [
        "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
        "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT",
    ];

    public override string Code => "103";
    public override string Message => "The ethnicity code is either not valid or has not been entered.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.Header, Ssda903Table.Header, nameof(HeaderRow.ETHNIC), h => h.ETHNIC, Ethnicities, blankIsInvalid: true);
}
