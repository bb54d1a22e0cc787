namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 208: a child's UPN should not change from last year's return, except that an unknown may become
/// known (UN1..UN5 or blank to a real UPN) and UN1 or blank may become another UN code. Needs last
/// year's return: without it nothing is found. Flags UPN.
/// </summary>
public sealed class Rule208 : Ssda903Rule
{
    private static readonly HashSet<string> LaterUnknown = ["UN2", "UN3", "UN4", "UN5"];

    public override string Code => "208";
    public override string Message => "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.HeadersInBothYears()
            .Where(x => IsDisallowedChange(x.Last.UPN.Trimmed()?.ToUpperInvariant(), x.Now.UPN.Trimmed()?.ToUpperInvariant()))
            .Select(x => Finding(x.Now, Ssda903Table.Header, "UPN", x.Now.UPN));

    private static bool IsDisallowedChange(string? last, string? now)
    {
        if (last == now) return false;
        var lastUnknown = last is null || last == "UN1" || LaterUnknown.Contains(last);
        var nowUnknown = now is null || now == "UN1" || LaterUnknown.Contains(now);
        var becameKnown = lastUnknown && !nowUnknown;
        var unknownRefined = (last is null || last == "UN1") && now is not null && LaterUnknown.Contains(now);
        return !becameKnown && !unknownRefined;
    }
}
