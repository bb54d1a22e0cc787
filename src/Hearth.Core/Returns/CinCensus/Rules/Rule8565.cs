namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8565: nothing in a closed episode happens after its closure date: no assessment started or
/// authorised, no section 47 started, no initial conference (episode or section 47 level), no CIN
/// plan started or ended.
/// </summary>
/// <remarks>
/// <para>The cells flagged are the DfE validator's: for an episode that fails, its closure date and
/// its episode-level DateOfInitialCPC (even when that date is not the late one, or is missing), and
/// both dates of each late assessment, section 47 and CIN plan. (D2I labels late CIN plans with
/// the section 47 failures' identifiers, which breaks when the two counts differ; the DfE wording is
/// followed here.)</para>
/// <para>The DfE wording also lists CPPendDate. The D2I validator, which our results are compared
/// with, never checks it (its code replaces the plans it reads with a test row), and its findings on
/// the DfE sample file leave out a plan that ends after closure; so plan end dates are not checked
/// here either. A plan still open after closure is caught by the open-plan rules instead.</para>
/// </remarks>
public sealed class Rule8565 : ChildRule
{
    public override string Code => "8565";
    public override string Message => "Activity shown after a case has been closed";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails.SelectMany(episode => CheckEpisode(child, episode));

    private IEnumerable<CensusFinding> CheckEpisode(CensusChild child, CinDetails episode)
    {
        if (episode.ClosureDate is not { } closed)
        {
            yield break;
        }

        bool After(DateOnly? date) => date > closed;

        var findings = new List<CensusFinding>();
        foreach (var assessment in episode.Assessments.Where(a => After(a.ActualStartDate) || After(a.AuthorisationDate)))
        {
            findings.Add(Finding(child, CensusTable.Assessments, CensusField.AssessmentActualStartDate, assessment.ActualStartDate));
            findings.Add(Finding(child, CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, assessment.AuthorisationDate));
        }

        foreach (var enquiry in episode.Section47s.Where(s => After(s.ActualStartDate) || After(s.DateOfInitialCpc)))
        {
            findings.Add(Finding(child, CensusTable.Section47, CensusField.S47ActualStartDate, enquiry.ActualStartDate));
            findings.Add(Finding(child, CensusTable.Section47, CensusField.DateOfInitialCpc, enquiry.DateOfInitialCpc));
        }

        foreach (var plan in episode.CinPlans.Where(p => After(p.StartDate) || After(p.EndDate)))
        {
            findings.Add(Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanStartDate, plan.StartDate));
            findings.Add(Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanEndDate, plan.EndDate));
        }

        if (findings.Count == 0 && !After(episode.DateOfInitialCpc))
        {
            yield break;
        }

        yield return Finding(child, CensusTable.CinDetails, CensusField.CinClosureDate, closed);
        yield return Finding(child, CensusTable.CinDetails, CensusField.DateOfInitialCpc, episode.DateOfInitialCpc);
        foreach (var finding in findings)
        {
            yield return finding;
        }
    }
}
