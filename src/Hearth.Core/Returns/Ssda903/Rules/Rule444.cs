namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>444: a UPN other than the reason codes UN1-UN5 may appear on only one child in the return (compared trimmed, any case); flags UPN on every row sharing one.</summary>
public sealed class Rule444 : Ssda903Rule
{
    private static readonly HashSet<string> Reasons = ["UN1", "UN2", "UN3", "UN4", "UN5"];

    public override string Code => "444";
    public override string Message => "Duplicate UPN has been reported";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Header
            .Where(h => Ssda903Values.IsFilled(h.UPN) && !Reasons.Is(h.UPN))
            .GroupBy(h => h.UPN!.Trim().ToUpperInvariant())
            .Where(g => g.Count() > 1)
            .SelectMany(g => g)
            .Select(h => Finding(h, Ssda903Table.Header, nameof(HeaderRow.UPN), h.UPN));
}
