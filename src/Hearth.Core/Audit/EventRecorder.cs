using System.Text.Json;
using System.Text.Json.Serialization;
using Hearth.Core.Data;

namespace Hearth.Core.Audit;

/// <summary>
/// Appends process events and access events to the same unit of work as the change they describe,
/// so a change and its event are saved in one transaction or not at all.
/// </summary>
public sealed class EventRecorder(HearthDbContext db, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public ProcessEvent Record(ProcessContext ctx, string process, IProcessEvent @event,
        IEnumerable<Guid> people, Guid? caseId = null)
    {
        var row = Build(ctx, process, @event, people, caseId, Now);
        db.ProcessEvents.Add(row);
        return row;
    }

    /// <summary>The row for an event; the bulk seeding path uses it too, so its events match the services' exactly.</summary>
    public static ProcessEvent Build(ProcessContext ctx, string process, IProcessEvent @event, IEnumerable<Guid> people,
        Guid? caseId, DateTime now) => new()
        {
            OccurredAt = now,
            UserId = ctx.UserId,
            UserName = ctx.UserName,
            Process = process,
            EventType = @event.GetType().Name,
            Reason = ctx.Reason,
            CaseId = caseId,
            Payload = JsonSerializer.Serialize(@event, @event.GetType(), Json),
            Subjects = people.Distinct().Select(p => new ProcessEventSubject { PersonId = p }).ToList(),
        };

    public void Accessed(ProcessContext ctx, AccessKind kind, Guid? personId, string what,
        string channel = "web", int? resultCount = null, string? purpose = null)
    {
        db.AccessEvents.Add(new AccessEvent
        {
            OccurredAt = Now,
            UserId = ctx.UserId,
            UserName = ctx.UserName,
            Kind = kind,
            PersonId = personId,
            What = what,
            Channel = channel,
            ResultCount = resultCount,
            Purpose = purpose,
        });
    }
}
