using BenchmarkDotNet.Attributes;
using Hearth.Core.Statutory;

namespace Hearth.Benchmarks;

/// <summary>
/// Deriving every rule's obligations for a caseload's clock events: what "My work", the overdue lists
/// and the performance figures all do. ./hearth bench --filter '*ObligationEngine*'
/// </summary>
[MemoryDiagnoser]
// In-process: BenchmarkDotNet's generated project cannot find this one when HEARTH_ARTIFACTS moves bin/obj.
[InProcess]
public class ObligationEngineBenchmarks
{
    private readonly ObligationEngine engine = new(HolidayCalendar.EnglandAndWales);
    private List<ClockEvent> events = [];

    [Params(10_000, 100_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Each child: a referral, a strategy discussion two days later, an assessment finished within
        // 30-60 working days, and CP visits; a fixed seed so every run derives the same obligations.
        var random = new Random(42);
        var cycle = new[] { ClockEventTypes.ReferralReceived, ClockEventTypes.StrategyDiscussionHeld, ClockEventTypes.AssessmentCompleted };
        events = new List<ClockEvent>(Events);
        var referral = new DateOnly(2024, 4, 1);
        for (var i = 0; events.Count < Events; i++)
        {
            var child = Guid.NewGuid();
            var day = referral.AddDays(random.Next(0, 700));
            foreach (var type in cycle)
            {
                events.Add(new ClockEvent(child, null, type, day));
                day = day.AddDays(random.Next(2, 60));
            }
        }
    }

    [Benchmark]
    public int DeriveAll() => engine.DeriveAll(StatutoryRuleTable.England, events, new DateOnly(2026, 6, 1)).Count;
}
