using Hearth.Core.Data;
using Hearth.Core.Statutory;

namespace Hearth.Core.FrontDoor;

/// <summary>
/// When a contact's threshold decision is due, from its RAG rating, and which morning an out-of-hours
/// contact is handed over. Working days come from the same England and Wales calendar as every
/// statutory clock, so "1 working day" means the same here as in the obligation engine.
/// </summary>
public sealed class ContactDeadlines(FrontDoorOptions options, StatutoryRuleTable rules, IWorkingDayCalendar calendar)
{
    /// <summary>
    /// The decision deadline, counted from receipt (the child's wait starts then, not when someone
    /// got to the contact). Red: hours round the clock. Amber and green: the end of the Nth working
    /// day after the day of receipt, in England.
    /// </summary>
    public DateTime DecisionDueAt(DateTime receivedAtUtc, RagRating rag)
    {
        if (rag == RagRating.Red)
        {
            return receivedAtUtc.AddHours(options.RedDecisionHours);
        }
        var received = DateOnly.FromDateTime(EnglandClock.ToEnglandTime(receivedAtUtc));
        var dueDay = rules[RuleFor(rag)].Timescale.DueFrom(received, calendar);
        return EnglandClock.FromEnglandTime(dueDay.AddDays(1).ToDateTime(TimeOnly.MinValue)).AddTicks(-TimeSpan.TicksPerSecond);
    }

    public static string RuleFor(RagRating rag) => rag switch
    {
        RagRating.Red => "frontdoor.contact-decision.red",
        RagRating.Amber => "frontdoor.contact-decision.amber",
        _ => "frontdoor.contact-decision.green",
    };

    /// <summary>
    /// The working day whose morning handover lists a contact taken out of hours: the same day if it
    /// came in before the day team starts on a working day, otherwise the next working day.
    /// </summary>
    public DateOnly HandoverDate(DateTime receivedAtUtc)
    {
        var local = EnglandClock.ToEnglandTime(receivedAtUtc);
        var day = DateOnly.FromDateTime(local);
        if (calendar.IsWorkingDay(day) && TimeOnly.FromDateTime(local) < options.DayTeamStarts)
        {
            return day;
        }
        return WorkingDays.AddWorkingDays(day, 1, calendar);
    }
}
