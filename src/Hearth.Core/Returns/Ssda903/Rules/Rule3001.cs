namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 3001: a care leaver whose 17th birthday falls in the collection year cannot be recorded in OC3 as
/// living with former foster carers (ACCOM Z1 or Z2, "staying put" applies from 18). Flags the OC3 ACCOM.
/// </summary>
public sealed class Rule3001 : Ssda903Rule
{
    private static readonly HashSet<string> WithFormerFosterCarers = ["Z1", "Z2"];

    public override string Code => "3001";
    public override string Message => "Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var seventeenth = context.Current.Header
            .Select(h => (Child: h.ChildKey(), Dob: Ssda903Date.Parse(h.DOB)))
            .Where(h => h.Dob is not null)
            .ToLookup(h => h.Child, h => h.Dob!.Value.AddYears(17));
        return context.Current.Oc3
            .Where(o => WithFormerFosterCarers.Contains(o.ACCOM?.Trim().ToUpperInvariant() ?? ""))
            .Where(o => seventeenth[o.ChildKey()].Any(d => d >= context.CollectionStart && d <= context.CollectionEnd))
            .Select(o => Finding(o, Ssda903Table.Oc3, nameof(Oc3Row.ACCOM), o.ACCOM));
    }
}
