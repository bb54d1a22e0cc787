namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 2883 (LA level): the child protection plans starting in the census year cannot outnumber the
/// initial conferences held in it (counted at episode and section 47 level), since every plan
/// starts at a conference.
/// </summary>
/// <remarks>
/// Like the D2I validator, which reports it for the return with no child or cell, the finding has
/// no child and no value; it names the module and element the rule counts.
/// </remarks>
public sealed class Rule2883 : CinCensusRule
{
    public override string Code => "2883";
    public override string Message => "There are more child protection plans starting than initial conferences taking place";

    public override IEnumerable<CensusFinding> Check(CensusContext context)
    {
        var episodes = context.Message.Children.SelectMany(c => c.CinDetails).ToList();
        var plans = episodes.SelectMany(e => e.ChildProtectionPlans).Count(p => InPeriod(p.StartDate, context));
        var conferences = episodes.Count(e => InPeriod(e.DateOfInitialCpc, context))
            + episodes.SelectMany(e => e.Section47s).Count(s => InPeriod(s.DateOfInitialCpc, context));
        if (plans > conferences)
        {
            yield return Finding(null, CensusTable.ChildProtectionPlans, CensusField.CppStartDate, (string?)null);
        }
    }

    private static bool InPeriod(DateOnly? date, CensusContext context) => date is { } d && context.InPeriod(d);
}
