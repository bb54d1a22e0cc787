namespace Hearth.Core.People.CodeLists;

/// <summary>
/// Why a child has no unique pupil number: the CIN census UPNunknown codes (statutory-data.md A.2;
/// rules 8770Q and 8772 read them). Sent only when there is no UPN.
/// </summary>
public static class UpnUnknownReason
{
    private static readonly CodeList List = new(
        new("UN1", "UN1: not yet of school age, or not attending school"),
        new("UN2", "UN2: never attended a maintained school in England"),
        new("UN3", "UN3: educated outside England"),
        new("UN4", "UN4: UPN not yet known"),
        new("UN5", "UN5: sources do not agree on the UPN"),
        new("UN6", "UN6: other reason in the DfE census guide"),
        new("UN7", "UN7: referral with no further action"));

    public static IReadOnlyList<CodeListEntry> All => List.All;

    public static bool IsValid(string? code) => List.IsValid(code);
}
