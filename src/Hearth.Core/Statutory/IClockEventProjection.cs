namespace Hearth.Core.Statutory;

/// <summary>
/// Turns one area's records into the clock events the rule table starts and meets obligations with
/// (a referral date, an assessment's authorisation date, a CP visit). Each capability registers its own;
/// the engine and every list that shows what is due read them all, so there is one definition of "late".
/// </summary>
public interface IClockEventProjection
{
    Task<IReadOnlyList<ClockEvent>> EventsForAsync(IReadOnlyCollection<Guid> people, CancellationToken ct = default);
}
