using Hearth.Core.Audit;

namespace Hearth.Core.Oversight;

public sealed record OversightActionSnapshot(string Action, string Owner, DateOnly DueDate);

public sealed record ManagementOversightRecorded(Guid OversightId, Guid PersonId, Guid? EpisodeId, OversightKind Kind, DateOnly Date,
    string Manager, string Decision, string Rationale, IReadOnlyList<OversightActionSnapshot> Actions,
    Guid? SupervisionSessionId, string? Supervisee) : IProcessEvent
{
    public string Summary => Kind == OversightKind.Supervision
        ? $"Supervision decision by {Manager} with {Supervisee}: {Decision}"
        : $"Management oversight by {Manager}: {Decision}";
}
