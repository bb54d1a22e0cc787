using Hearth.Core.Audit;

namespace Hearth.Core.EarlyHelp;

public sealed record ChildSteppedDown(Guid StepChangeId, Guid PersonId, DateOnly Date, string From, string? ContactReference,
    string? ReceivingTeam = null, string? Reason = null) : IProcessEvent
{
    public string Summary => ContactReference is null
        ? $"Stepped down to early help from {From}{(ReceivingTeam is null ? "" : $", to {ReceivingTeam}")}"
        : $"Stepped down to early help by the front door (contact {ContactReference})";
}

public sealed record ChildSteppedUp(Guid StepChangeId, Guid PersonId, DateOnly Date, string From, string ReceivingTeam, string Reason) : IProcessEvent
{
    public string Summary => $"Stepped up to children's social care from {From}, to {ReceivingTeam}";
}

public sealed record StepChangeAccepted(Guid StepChangeId, Guid PersonId, StepDirection Direction, DateOnly StepDate, DateOnly AcceptedOn,
    string AcceptedBy, string? ReceivingTeam) : IProcessEvent
{
    public string Summary => $"{Direction.Label()} of {StepDate:d MMMM yyyy} accepted{(ReceivingTeam is null ? "" : $" by {ReceivingTeam}")} on {AcceptedOn:d MMMM yyyy}";
}

public sealed record StepChangeDeclined(Guid StepChangeId, Guid PersonId, StepDirection Direction, DateOnly StepDate, DateOnly DeclinedOn,
    string DeclinedBy, string Reason) : IProcessEvent
{
    public string Summary => $"{Direction.Label()} of {StepDate:d MMMM yyyy} declined on {DeclinedOn:d MMMM yyyy}";
}

public sealed record StepDownChased(Guid StepChangeId, Guid ChaseId, Guid PersonId, DateOnly Date, ChaseMethod Method, string? Notes) : IProcessEvent
{
    public string Summary => $"Family chased for early help consent ({Method.Label().ToLowerInvariant()}, {Date:d MMMM yyyy})";
}

public sealed record StepDownConsentReturned(Guid StepChangeId, Guid PersonId, DateOnly ConsentReturnedOn) : IProcessEvent
{
    public string Summary => $"Family returned consent for early help on {ConsentReturnedOn:d MMMM yyyy}";
}

public sealed record StepDownEscalated(Guid StepChangeId, Guid PersonId, DateOnly EscalatedOn, string EscalatedTo, string Note) : IProcessEvent
{
    public string Summary => $"Step-down escalated to {EscalatedTo}: the family has not returned consent";
}
