using Hearth.Core.ChildProtection;

namespace Hearth.Core.Returns.CinCensus;

/// <summary>
/// What the record cannot hold: an item with no date to hang it on, or a category of abuse that is no
/// category. Everything else, however wrong by the DfE rules, is kept and then reported by them.
/// </summary>
internal static class CensusImportChecks
{
    public static List<CensusImportProblem> Problems(CensusMessage message)
    {
        var problems = new List<CensusImportProblem>();
        foreach (var child in message.Children)
        {
            void Problem(string text) => problems.Add(new CensusImportProblem(child.Line, $"Line {child.Line}: {text}"));
            if (string.IsNullOrWhiteSpace(child.LaChildId))
            {
                Problem("this child has no LAchildID, so Hearth cannot match them to a person or record them.");
                continue;
            }
            var who = $"child {child.LaChildId}";
            if (child.LaChildId.Length > 40)
            {
                Problem($"the LAchildID of {who} is longer than 40 characters, the longest reference Hearth holds.");
            }
            if (child.Sex is { Length: > 8 } || child.UpnUnknown is { Length: > 8 })
            {
                Problem($"{who} has a Sex or UPNunknown value longer than any census code.");
            }
            foreach (var details in child.CinDetails)
            {
                if (details.ReferralDate is null)
                {
                    Problem($"an episode of {who} has no CINreferralDate, which is what Hearth records an episode by.");
                    continue;
                }
                var episode = $"{who}'s episode referred {details.ReferralDate:yyyy-MM-dd}";
                if (details.Assessments.Any(a => a.ActualStartDate is null))
                {
                    Problem($"an assessment in {episode} has no AssessmentActualStartDate.");
                }
                if (details.CinPlans.Any(p => p.StartDate is null))
                {
                    Problem($"a CIN plan in {episode} has no CINPlanStartDate.");
                }
                if (details.Section47s.Any(s => s.ActualStartDate is null))
                {
                    Problem($"a section 47 enquiry in {episode} has no S47ActualStartDate.");
                }
                if (details.PreProceedings.Any(p => p.StartDate is null))
                {
                    Problem($"a pre-proceedings block in {episode} has no PPStartDate.");
                }
                foreach (var plan in details.ChildProtectionPlans)
                {
                    if (plan.StartDate is null)
                    {
                        Problem($"a child protection plan in {episode} has no CPPstartDate.");
                    }
                    else if (ChildProtectionCodes.ParseCategory(plan.InitialCategoryOfAbuse) is null
                        || ChildProtectionCodes.ParseCategory(plan.LatestCategoryOfAbuse) is null)
                    {
                        Problem($"the child protection plan started {plan.StartDate:yyyy-MM-dd} in {episode} has a category of abuse that is not NEG, PHY, EMO, SAB or MUL.");
                    }
                }
            }
        }
        return problems;
    }
}
