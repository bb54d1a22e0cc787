namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// The LA codes a UPN's characters 2-4 may carry (rule 1530): the post-April-1998 local authority
/// numbers and the DfE's "pseudo LA" codes. The list is the one the Data to Insight CIN validator
/// uses for 2023-24 onward (data-to-insight/csc-validator-be-cin,
/// cin_validator/rules/cin2023_24/rule_1530.py, which added 942 and 943 to the 2022-23 list); the DfE
/// rule text lists the same ranges. See statutory-data.md A.3.
/// </summary>
public static class LocalAuthorityCodes
{
    private static readonly HashSet<string> Codes = Build();

    public static bool IsRecognised(string? code) => code is not null && Codes.Contains(code);

    private static HashSet<string> Build()
    {
        (int From, int To)[] ranges =
        [
            (1, 5), (201, 213), (301, 320), (330, 336), (340, 344), (350, 359), (370, 373), (380, 384),
            (390, 394), (420, 420), (660, 681), (701, 708), (800, 803), (805, 808), (810, 813), (815, 816),
            (820, 823), (825, 826), (830, 831), (835, 841), (845, 846), (850, 852), (855, 857), (860, 861),
            (865, 896), (908, 909), (916, 916), (919, 919), (921, 921), (925, 926), (928, 929), (931, 931),
            (933, 933), (935, 938), (940, 943),
        ];
        return [.. ranges.SelectMany(r => Enumerable.Range(r.From, r.To - r.From + 1)).Select(n => n.ToString("000", System.Globalization.CultureInfo.InvariantCulture))];
    }
}
