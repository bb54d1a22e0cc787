namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 335: for a child adopted (REC E11, E12), AD1 FOSTER_CARE must agree with the last placement: 0 (not
/// adopted by the foster carer) conflicts with A3 or A5 (placed with the current foster carer), 1 with A4
/// or A6. (A1, A2 and E1 of the wording are retired codes.) Flags the episode's PLACE and the AD1 FOSTER_CARE (once).
/// </summary>
public sealed class Rule335 : Ssda903Rule
{
    public override string Code => "335";
    public override string Message => "The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        foreach (var ad1 in context.Current.Ad1)
        {
            var foster = ad1.FOSTER_CARE.Trimmed();
            var conflicting = context.Current.Episodes.For(ad1.CHILD)
                .Where(e => e.REC.Trimmed() is "E11" or "E12"
                    && ((foster == "0" && e.PLACE.Trimmed() is "A3" or "A5") || (foster == "1" && e.PLACE.Trimmed() is "A4" or "A6")))
                .ToList();
            if (conflicting.Count == 0) continue;
            foreach (var e in conflicting) yield return Finding(e, Ssda903Table.Episodes, "PLACE", e.PLACE);
            yield return Finding(ad1, Ssda903Table.Ad1, "FOSTER_CARE", ad1.FOSTER_CARE);
        }
    }
}
