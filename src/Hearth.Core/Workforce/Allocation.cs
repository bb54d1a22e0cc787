namespace Hearth.Core.Workforce;

/// <summary>
/// A child allocated to a worker in a team for a period. Ending one and starting another keeps the
/// history, so "who held this case when" is always answerable.
/// </summary>
public sealed class Allocation
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public Guid WorkerId { get; init; }
    public User? Worker { get; init; }
    public Guid TeamId { get; init; }
    public Team? Team { get; init; }
    public DateOnly StartDate { get; init; }
    public DateOnly? EndDate { get; set; }

    /// <summary>
    /// Why the social worker changed to this one: an SW_REASON code of the 903 (<see cref="Returns.Ssda903.Ssda903Codes.SocialWorkerChangeReason"/>).
    /// Null for a child's first allocation, when there was no worker to change from.
    /// </summary>
    public string? ChangeReason { get; set; }
}
