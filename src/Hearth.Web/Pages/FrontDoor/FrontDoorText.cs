using Hearth.Core.Data;
using Hearth.Core.FrontDoor;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>How the front-door pages show times, RAG tags and deadlines, the same on every page.</summary>
public static class FrontDoorText
{
    public static string When(DateTime utc) => EnglandClock.ToEnglandTime(utc).ToString("d MMM yyyy HH:mm");

    public static string RagTagClass(RagRating? rag) => rag switch
    {
        RagRating.Red => "govuk-tag govuk-tag--red",
        RagRating.Amber => "govuk-tag govuk-tag--orange",
        RagRating.Green => "govuk-tag govuk-tag--green",
        _ => "govuk-tag govuk-tag--grey",
    };

    public static string RagText(RagRating? rag) => rag?.ToString() ?? "Not rated";

    /// <summary>"Due in 3 hours", "Overdue by 2 hours": the queue answers "how long have I got".</summary>
    public static string DueText(DateTime? dueAt, DateTime now)
    {
        if (dueAt is not { } due)
        {
            return "Rate now";
        }
        var span = due - now;
        var late = span < TimeSpan.Zero;
        var abs = late ? -span : span;
        var amount = abs.TotalHours < 1 ? $"{Math.Max(1, (int)abs.TotalMinutes)} min"
            : abs.TotalHours < 48 ? $"{(int)abs.TotalHours} h"
            : $"{(int)abs.TotalDays} days";
        return late ? $"Overdue by {amount}" : $"Due in {amount}";
    }
}
