namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>184: the date of the decision that the child should be placed for adoption (PlacedAdoption DATE_PLACED) cannot be before the child's date of birth (Header DOB). Flags DATE_PLACED.</summary>
public sealed class Rule184 : Ssda903Rule
{
    public override string Code => "184";
    public override string Message => "Date of decision that a child should be placed for adoption is before the child was born.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var births = context.Current.Header
            .Where(h => h.CHILD.IsFilled() && Ssda903Date.Parse(h.DOB) is not null)
            .GroupBy(h => h.CHILD!.Trim())
            .ToDictionary(g => g.Key, g => Ssda903Date.Parse(g.First().DOB)!.Value);
        return context.Current.PlacedAdoption
            .Where(p => p.CHILD is not null && births.TryGetValue(p.CHILD.Trim(), out var born) && Ssda903Date.Parse(p.DATE_PLACED) < born)
            .Select(p => Finding(p, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED), p.DATE_PLACED));
    }
}
