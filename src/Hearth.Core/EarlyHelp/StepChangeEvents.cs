using Hearth.Core.Audit;

namespace Hearth.Core.EarlyHelp;

public sealed record ChildSteppedDown(Guid StepChangeId, Guid PersonId, DateOnly Date, string From, string? ContactReference) : IProcessEvent
{
    public string Summary => ContactReference is null
        ? $"Stepped down to early help from {From}"
        : $"Stepped down to early help by the front door (contact {ContactReference})";
}
