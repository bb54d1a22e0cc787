namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 2885: a child protection plan starting in the census year must start on the day of an initial
/// conference in its episode: a section 47 one if the episode has any section 47, otherwise the
/// episode-level one.
/// </summary>
/// <remarks>
/// Cells flagged as the D2I validator flags them: each plan start that matches no conference; and
/// the conference dates (even missing ones) of an episode where no plan start matched any of them,
/// since then none of them is the plan's conference.
/// </remarks>
public sealed class Rule2885 : ChildRule
{
    public override string Code => "2885";
    public override string Message => "Child protection plan shown as starting a different day to the initial child protection conference.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            var starts = episode.ChildProtectionPlans
                .Select(p => p.StartDate).OfType<DateOnly>().Where(context.InPeriod).ToList();
            if (starts.Count == 0)
            {
                continue;
            }

            var fromSection47 = episode.Section47s.Count > 0;
            var conferences = fromSection47
                ? episode.Section47s.Select(s => s.DateOfInitialCpc).ToList()
                : [episode.DateOfInitialCpc];

            foreach (var start in starts.Where(s => !conferences.Contains(s)))
            {
                yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppStartDate, start);
            }

            if (starts.Any(s => conferences.Contains(s)))
            {
                continue;
            }

            var table = fromSection47 ? CensusTable.Section47 : CensusTable.CinDetails;
            foreach (var conference in conferences)
            {
                yield return Finding(child, table, CensusField.DateOfInitialCpc, conference);
            }
        }
    }
}
