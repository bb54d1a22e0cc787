namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>191: a child in the OC2 cohort has immunisations, teeth check, health assessment and substance misuse completed: flags the blank ones, and, for a child in the cohort with no OC2 row at all, the CHILD cell of their earliest episode.</summary>
public sealed class Rule191 : Ssda903Rule
{
    public override string Code => "191";
    public override string Message => "Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var cohort = context.ContinuouslyLookedAfter();
        var blanks = context.Current.Oc2
            .Where(o => o.In(cohort))
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc2, FindingCells.CoreHealthCells(o), Ssda903Values.IsBlank));
        var withOc2 = context.Current.Oc2.Where(o => o.CHILD.IsFilled()).Select(o => o.CHILD!.Trim()).ToHashSet();
        var missing = context.Current.Episodes
            .Where(e => e.In(cohort) && !e.In(withOc2))
            .GroupBy(e => e.CHILD!.Trim())
            .Select(child => child.OrderBy(e => Ssda903Date.Parse(e.DECOM) ?? DateOnly.MaxValue).First())
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.CHILD), e.CHILD));
        return blanks.Concat(missing);
    }
}
