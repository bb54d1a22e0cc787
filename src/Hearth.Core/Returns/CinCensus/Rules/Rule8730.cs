using System.Globalization;

namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8730: every child protection plan gives the number of previous plans, a whole number of zero or more.</summary>
public sealed class Rule8730 : ChildRule
{
    public override string Code => "8730";
    public override string Message => "Total Number of previous Child Protection Plans missing";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails.SelectMany(d => d.ChildProtectionPlans)
            .Where(p => !IsCount(p.NumberOfPreviousCpp))
            .Select(p => Finding(child, CensusTable.ChildProtectionPlans, CensusField.NumberOfPreviousCpp, p.NumberOfPreviousCpp));

    private static bool IsCount(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) && count >= 0;
}
