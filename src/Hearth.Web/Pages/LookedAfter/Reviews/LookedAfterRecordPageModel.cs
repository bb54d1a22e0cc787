using Hearth.Core.Statutory;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;

namespace Hearth.Web.Pages.LookedAfter.Reviews;

/// <summary>Pages about a looked-after child's reviews, visits, health and education: the record's Looked after tab.</summary>
public abstract class LookedAfterRecordPageModel : PersonPageModel
{
    public override string Tab => "Looked after";
}

/// <summary>What the looked-after pages show of the obligation engine: the next due date of a kind of duty, and whether it is late.</summary>
public sealed record DueNext(string Title, DateOnly DueDate, bool Overdue)
{
    /// <summary>The earliest open or overdue obligation among the rules whose ids start with one of the prefixes, or none.</summary>
    public static DueNext? Of(IReadOnlyList<Obligation> obligations, StatutoryRuleTable rules, params string[] rulePrefixes)
    {
        var next = obligations
            .Where(o => o.Status is ObligationStatus.Open or ObligationStatus.Overdue && rulePrefixes.Any(p => o.RuleId.StartsWith(p, StringComparison.Ordinal)))
            .OrderBy(o => o.DueDate).FirstOrDefault();
        return next is null ? null : new DueNext(rules[next.RuleId].Title, next.DueDate, next.Status == ObligationStatus.Overdue);
    }
}

public static class LookedAfterChoices
{

    public static bool? ParseBool(string? value) => bool.TryParse(value, out var b) ? b : null;

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy") ?? "Not recorded";

    public static string YesNoText(bool value) => value ? "Yes" : "No";
}
