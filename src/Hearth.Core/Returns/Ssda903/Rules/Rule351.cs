namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 351: a child already past 25 at 1 April. D2I still checks 21 (the pre-2024 wording); this follows
/// the 2026-27 DfE wording, 25 (care leavers are now reported to 25). Flags DOB.
/// </summary>
public sealed class Rule351 : Ssda903Rule
{
    public override string Code => "351";
    public override string Message => "Child was over 25 at the start of the current collection year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Header
            .Where(h => h.DOB.Date() is { } dob && context.CollectionStart > dob.PlusYears(25))
            .Select(h => Finding(h, Ssda903Table.Header, "DOB", h.DOB));
}
