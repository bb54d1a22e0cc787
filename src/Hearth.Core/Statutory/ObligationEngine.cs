namespace Hearth.Core.Statutory;

/// <summary>
/// Derives obligations from clock events (DESIGN.md idea 4): one definition of "late" for the
/// worker's tray, the manager's overdue list, performance figures and census checks. Pure and
/// deterministic: "today" comes from the caller, events dated after today are not yet known, and the
/// same input always gives the same list.
/// </summary>
/// <remarks>
/// How a clock runs, for one person and case, taking events in date order (same-day events in the
/// order given, which should be the order they were recorded):
/// <list type="bullet">
/// <item>Non-recurring: a start event opens an obligation; the first meeting event after it meets it.
/// A further start while one is open does not restart the clock: WT23 counts the ICPC from the strategy
/// discussion that initiated s47, not a later one, and the 45 working days keep running.</item>
/// <item>Recurring: a start event opens the chain (and restarts one already running: a placement move
/// restarts the reg 28 visits); each meeting event meets the current obligation and starts the next
/// interval from the day it actually happened (timescales.md section 10).</item>
/// <item>A stop event ends the duty. An obligation it ends before it was late is dropped (the duty fell
/// away); one already late is Missed. A recurring chain restarted by a new start event is treated alike.</item>
/// </list>
/// Within one event, meeting is applied before stopping and stopping before starting, so a health
/// assessment meets the last review and starts the next, and an extension ends one period and starts another.
/// </remarks>
public sealed class ObligationEngine
{
    private readonly IWorkingDayCalendar calendar;

    public ObligationEngine()
        : this(HolidayCalendar.EnglandAndWales)
    {
    }

    public ObligationEngine(IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        this.calendar = calendar;
    }

    [Flags]
    private enum Role
    {
        None = 0,
        Start = 1,
        Met = 2,
        Stop = 4,
    }

    public IReadOnlyList<Obligation> Derive(StatutoryRule rule, IReadOnlyList<ClockEvent> events, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(events);
        var roles = RolesOf(rule);
        var items = new List<Item>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Date <= today && e.EventType is not null && roles.TryGetValue(e.EventType, out var role))
            {
                items.Add(new Item(e, i, role));
            }
        }

        var output = new List<Obligation>();
        Run(rule, items, today, new Clocks(calendar), output);
        return InReportingOrder(output);
    }

    public IReadOnlyList<Obligation> DeriveAll(StatutoryRuleTable table, IReadOnlyList<ClockEvent> events, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(events);

        // Index once by event type, so each rule touches only the events it reads.
        var byType = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Date > today || e.EventType is null)
            {
                continue;
            }

            if (!byType.TryGetValue(e.EventType, out var list))
            {
                byType[e.EventType] = list = [];
            }

            list.Add(i);
        }

        var clocks = new Clocks(calendar);
        var output = new List<Obligation>();
        var items = new List<Item>();
        foreach (var rule in table.Rules)
        {
            items.Clear();
            foreach (var (type, role) in RolesOf(rule))
            {
                if (byType.TryGetValue(type, out var positions))
                {
                    foreach (var i in positions)
                    {
                        items.Add(new Item(events[i], i, role));
                    }
                }
            }

            Run(rule, items, today, clocks, output);
        }

        return InReportingOrder(output);
    }

    private static Dictionary<string, Role> RolesOf(StatutoryRule rule)
    {
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        void Add(string type, Role role) => roles[type] = roles.GetValueOrDefault(type) | role;

        Add(rule.StartEvent, Role.Start);
        Add(rule.MetByEvent, Role.Met);
        foreach (var type in rule.AlsoMetBy)
        {
            Add(type, Role.Met);
        }

        foreach (var type in rule.StopEvents)
        {
            Add(type, Role.Stop);
        }

        return roles;
    }

    private static void Run(StatutoryRule rule, List<Item> items, DateOnly today, Clocks clocks, List<Obligation> output)
    {
        if (items.Count == 0)
        {
            return;
        }

        items.Sort(CompareItems);
        if (rule.Timescale.IsInWorkingDays || rule.ThenEvery.Any(t => t.IsInWorkingDays))
        {
            var earliest = items[0].Event.Date;
            foreach (var item in items)
            {
                earliest = item.Event.Date < earliest ? item.Event.Date : earliest;
            }

            clocks.Expect(earliest, today);
        }
        var from = 0;
        while (from < items.Count)
        {
            var to = from + 1;
            while (to < items.Count && SameSubject(items[from].Event, items[to].Event))
            {
                to++;
            }

            var clock = new Clock(rule, items[from].Event.PersonId, items[from].Event.CaseId, today, clocks, output);
            for (var i = from; i < to; i++)
            {
                clock.Apply(items[i]);
            }

            clock.Finish();
            from = to;
        }
    }

    private static bool SameSubject(ClockEvent a, ClockEvent b) => a.PersonId == b.PersonId && a.CaseId == b.CaseId;

    private static int CompareItems(Item a, Item b)
    {
        var c = a.Event.PersonId.CompareTo(b.Event.PersonId);
        if (c != 0)
        {
            return c;
        }

        c = Nullable.Compare(a.Event.CaseId, b.Event.CaseId);
        if (c != 0)
        {
            return c;
        }

        c = a.Event.Date.CompareTo(b.Event.Date);
        return c != 0 ? c : a.Position.CompareTo(b.Position);
    }

    // A stable sort: obligations equal on every key keep the order their clock produced them in.
    private static List<Obligation> InReportingOrder(List<Obligation> output) =>
        [.. output.Order(Comparer<Obligation>.Create(CompareObligations))];

    private static int CompareObligations(Obligation a, Obligation b)
    {
        var c = a.DueDate.CompareTo(b.DueDate);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.RuleId, b.RuleId);
        }

        if (c == 0)
        {
            c = a.PersonId.CompareTo(b.PersonId);
        }

        if (c == 0)
        {
            c = Nullable.Compare(a.CaseId, b.CaseId);
        }

        return c != 0 ? c : a.StartDate.CompareTo(b.StartDate);
    }

    private readonly record struct Item(ClockEvent Event, int Position, Role Role);

    /// <summary>One person and case's run of one rule.</summary>
    private sealed class Clock(StatutoryRule rule, Guid personId, Guid? caseId, DateOnly today, Clocks clocks, List<Obligation> output)
    {
        private bool running;
        private int timesMet;
        private DateOnly start;
        private DateOnly due;
        private Timescale interval;

        public void Apply(Item item)
        {
            var date = item.Event.Date;
            var met = false;
            if ((item.Role & Role.Met) != 0 && running)
            {
                var late = clocks.Lateness(date, due, interval);
                Emit(late, late == 0 ? ObligationStatus.MetOnTime : ObligationStatus.MetLate, metOn: date, endedOn: null);
                met = true;
                if (rule.Recurring)
                {
                    timesMet++;
                    Open(date, rule.IntervalAfter(timesMet));
                }
                else
                {
                    running = false;
                }
            }

            if ((item.Role & Role.Stop) != 0 && running)
            {
                End(date);
            }

            // A meeting event that is also the start type (a health assessment, a review) has already
            // re-anchored a recurring chain; for a non-recurring rule it opens the next obligation.
            if ((item.Role & Role.Start) != 0 && !(met && rule.Recurring))
            {
                if (running && rule.Recurring)
                {
                    End(date);
                }

                if (!running)
                {
                    timesMet = 0;
                    Open(date, rule.Timescale);
                }
            }
        }

        public void Finish()
        {
            if (running)
            {
                var late = clocks.Lateness(today, due, interval);
                Emit(late, late == 0 ? ObligationStatus.Open : ObligationStatus.Overdue, metOn: null, endedOn: null);
            }
        }

        private void Open(DateOnly from, Timescale timescale)
        {
            running = true;
            start = from;
            interval = timescale;
            due = clocks.Due(from, timescale);
        }

        private void End(DateOnly on)
        {
            running = false;
            var late = clocks.Lateness(on, due, interval);
            if (late > 0)
            {
                Emit(late, ObligationStatus.Missed, metOn: null, endedOn: on);
            }
        }

        private void Emit(int late, ObligationStatus status, DateOnly? metOn, DateOnly? endedOn) =>
            output.Add(new Obligation(rule.Id, personId, caseId, start, due, metOn, status, late) { EndedOn = endedOn });
    }

    /// <summary>
    /// Due dates and working-day counts for one derivation. Many events share a start date, so due
    /// dates are remembered; lateness in working days (which for a long-overdue clock would walk years
    /// of calendar per obligation) comes from a running count of working days over the dates in play.
    /// </summary>
    private sealed class Clocks(IWorkingDayCalendar calendar)
    {
        private readonly Dictionary<(DateOnly, Timescale), DateOnly> dues = [];
        private DateOnly origin;
        private int[] workingDaysSinceOrigin = [];
        private DateOnly? expectedFrom;
        private DateOnly? expectedTo;

        /// <summary>
        /// The dates working days will be counted over (a rule's earliest event to today), so the
        /// running count is built once rather than widened obligation by obligation.
        /// </summary>
        public void Expect(DateOnly from, DateOnly to)
        {
            expectedFrom = expectedFrom is { } f && f < from ? f : from;
            expectedTo = expectedTo is { } t && t > to ? t : to;
        }

        public DateOnly Due(DateOnly start, Timescale timescale)
        {
            if (!timescale.IsInWorkingDays)
            {
                return timescale.DueFrom(start, calendar);
            }

            if (!dues.TryGetValue((start, timescale), out var due))
            {
                dues[(start, timescale)] = due = timescale.DueFrom(start, calendar);
            }

            return due;
        }

        public int Lateness(DateOnly date, DateOnly due, Timescale timescale)
        {
            if (date <= due || !timescale.IsInWorkingDays)
            {
                return timescale.LatenessOf(date, due, calendar);
            }

            // The same count as WorkingDays.WorkingDaysBetween(due, date): working days after due, up to date.
            Cover(due, date);
            return workingDaysSinceOrigin[date.DayNumber - origin.DayNumber] - workingDaysSinceOrigin[due.DayNumber - origin.DayNumber];
        }

        private void Cover(DateOnly from, DateOnly to)
        {
            var length = workingDaysSinceOrigin.Length;
            if (length > 0 && from >= origin && to.DayNumber - origin.DayNumber < length)
            {
                return;
            }

            if (expectedFrom is { } f && expectedTo is { } t && from >= f && to <= t)
            {
                from = f;
                to = t;
            }

            // Grow to include what was covered before, so the range only ever widens.
            if (length > 0)
            {
                from = from < origin ? from : origin;
                var end = origin.AddDays(length - 1);
                to = to > end ? to : end;
            }

            var counts = new int[to.DayNumber - from.DayNumber + 1];
            var day = from;
            for (var i = 1; i < counts.Length; i++)
            {
                day = day.AddDays(1);
                counts[i] = counts[i - 1] + (calendar.IsWorkingDay(day) ? 1 : 0);
            }

            origin = from;
            workingDaysSinceOrigin = counts;
        }
    }
}
