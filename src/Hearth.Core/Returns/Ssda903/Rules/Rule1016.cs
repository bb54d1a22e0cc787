namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 1016: a young person who stopped being looked after after their 17th or 18th birthday in the year
/// (an episode ending after it) was looked after on that birthday, so is not a care leaver for OC3 this
/// year. The DfE validator compares with the 17th birthday whatever the age; this uses the birthday
/// that fell in the year, as the DfE wording does. Flags the completed OC3 cells.
/// </summary>
public sealed class Rule1016 : Ssda903Rule
{
    public override string Code => "1016";
    public override string Message => "Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var episodes = ChildrenInReturn.DatedEpisodesByChild(context.Current.Episodes);
        return context.Current.Oc3
            .Where(o => CareHistory.CareLeaverBirthday(o.DOB, context) is { } birthday
                && episodes[Ssda903Values.Code(o.CHILD)].Any(e => Ssda903Date.Parse(e.DEC) > birthday))
            .SelectMany(CareHistory.CareLeaverCells)
            .Select(c => Finding(c.Row, c.Table, c.Field, c.Value));
    }
}
