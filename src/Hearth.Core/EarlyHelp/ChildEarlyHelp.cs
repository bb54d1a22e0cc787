using Hearth.Core.Data;
using Hearth.Core.Statutory;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.EarlyHelp;

/// <summary>One of the child's step changes, with the receiving team's name and, while consent is awaited, its chase clock.</summary>
public sealed record ChildStepChange(StepChange Step, string? ReceivingTeam, PaperworkClock? Paperwork);

public sealed record ChildEarlyHelpSummary(IReadOnlyList<EarlyHelpEpisode> Episodes, IReadOnlyList<ChildStepChange> StepChanges)
{
    public EarlyHelpEpisode? OpenEpisode => Episodes.FirstOrDefault(e => e.IsOpen);

    public bool IsEmpty => Episodes.Count == 0 && StepChanges.Count == 0;
}

/// <summary>A child's early help episodes and step changes, newest first, for their record. The caller has opened the record.</summary>
public sealed class ChildEarlyHelp(HearthDbContext db, EarlyHelpOptions options, IWorkingDayCalendar calendar, TimeProvider clock)
{
    public async Task<ChildEarlyHelpSummary> ForAsync(Guid personId, CancellationToken ct = default)
    {
        var today = clock.TodayInEngland();
        var episodes = await db.EarlyHelpEpisodes.AsNoTracking().Include(e => e.Meetings).Where(e => e.PersonId == personId)
            .OrderByDescending(e => e.RequestedOn).ThenByDescending(e => e.OpenedAt).ToListAsync(ct);
        var steps = await db.StepChanges.AsNoTracking().Include(s => s.Chases).Where(s => s.PersonId == personId)
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.RecordedAt).ToListAsync(ct);
        var teamIds = steps.Select(s => s.ReceivingTeamId).OfType<Guid>().Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return new ChildEarlyHelpSummary(episodes, steps.Select(s => new ChildStepChange(s,
            s.ReceivingTeamId is { } t && teams.TryGetValue(t, out var name) ? name : null,
            s.AwaitsPaperwork ? StepDownsAwaitingPaperwork.ClockFor(s, today, options, calendar) : null)).ToList());
    }
}
