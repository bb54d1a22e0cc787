namespace Hearth.Core.Audit;

/// <summary>
/// Who is acting and why. Every service write takes one, so every event says who did it
/// (DESIGN.md idea 2) without services reaching into HTTP state.
/// </summary>
public sealed record ProcessContext(Guid UserId, string UserName, string? Reason = null)
{
    public ProcessContext WithReason(string? reason) => this with { Reason = reason };

    /// <summary>The identity used by seeding and imports, so their events are attributable too.</summary>
    public static ProcessContext System(string reason) => new(SystemUserId, "Hearth system", reason);

    public static readonly Guid SystemUserId = new("00000000-0000-0000-0000-000000000001");
}
