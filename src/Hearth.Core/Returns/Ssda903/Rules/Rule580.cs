namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 580: a child still missing when care ended at their 18th birthday (the missing period ends on the
/// day the episode ends, which is the 18th birthday) must have the episode ceased with E8.
/// </summary>
public sealed class Rule580 : CareHistoryRule
{
    public override string Code => "580";
    public override string Message => "Child is missing when cease being looked after but reason episode ceased not ‘E8’.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var missingAt18 = context.Current.Missing
            .Where(m => Ssda903Values.Date(m.DOB) is { } dob && Ssda903Values.Date(m.MIS_END) == dob.AddYears(18))
            .Select(m => (Ssda903Values.Code(m.CHILD), Ssda903Values.Date(m.MIS_END)))
            .ToHashSet();
        return context.Current.Episodes
            .Where(e => Ssda903Values.Date(e.DEC) is { } dec && missingAt18.Contains((Ssda903Values.Code(e.CHILD), dec)) && Ssda903Values.Code(e.REC) != "E8")
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, nameof(EpisodeRow.REC)));
    }
}
