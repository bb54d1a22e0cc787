namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 207: a child recorded last year as a mother (MOTHER 1) and looked after this year (with episodes)
/// should still be recorded as one. Needs last year's return: without it nothing is found. Flags MOTHER.
/// </summary>
public sealed class Rule207 : Ssda903Rule
{
    public override string Code => "207";
    public override string Message => "Mother status for the current year disagrees with the mother status already recorded for this child.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.HeadersInBothYears()
            .Where(x => x.Last.MOTHER.Trimmed() == "1" && x.Now.MOTHER.Trimmed() != "1"
                && context.Current.Episodes.For(x.Now.CHILD).Any())
            .Select(x => Finding(x.Now, Ssda903Table.Header, "MOTHER", x.Now.MOTHER));
}
