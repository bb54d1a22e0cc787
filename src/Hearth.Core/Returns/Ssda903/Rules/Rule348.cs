namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 348: a care leaver reported last year as having died (OC3 IN_TOUCH DIED) must be DIED again. Needs
/// last year's return: without it nothing is found. Flags IN_TOUCH.
/// </summary>
public sealed class Rule348 : Ssda903Rule
{
    public override string Code => "348";
    public override string Message => "Care leaver has previously been reported as having died.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Previous is null) return [];
        var died = context.Previous.Oc3.Where(o => o.IN_TOUCH.Trimmed()?.ToUpperInvariant() == "DIED")
            .Select(o => o.CHILD.Trimmed()).ToHashSet();
        return context.Current.Oc3
            .Where(o => died.Contains(o.CHILD.Trimmed()) && o.IN_TOUCH.Trimmed()?.ToUpperInvariant() != "DIED")
            .Select(o => Finding(o, Ssda903Table.Oc3, "IN_TOUCH", o.IN_TOUCH));
    }
}
