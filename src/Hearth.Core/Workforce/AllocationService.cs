using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Workforce;

public sealed record ChildAllocated(Guid PersonId, Guid? OldWorkerId, string? OldWorker, Guid NewWorkerId, string NewWorker, string Team, DateOnly StartDate,
    string? ChangeReason = null) : IProcessEvent
{
    public string Summary => ChangeReason is null
        ? $"Allocated to {NewWorker} ({Team})"
        : $"Allocated to {NewWorker} ({Team}): {SocialWorkerChangeReasons.All.FirstOrDefault(r => r.Code == ChangeReason)?.Label ?? ChangeReason}";
}

/// <summary>Allocating a child to a worker: the previous allocation ends the day before, so history has no gaps or overlaps.</summary>
public sealed class AllocationService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    /// <param name="changeReason">
    /// Why the social worker is changing, an SW_REASON code (<see cref="SocialWorkerChangeReasons"/>): needed when the child
    /// already has a worker, because the 903 reports it for every social worker episode (rules SW01bSTG1, SW13STG1).
    /// </param>
    public async Task<Allocation> AllocateAsync(Guid personId, Guid? workerId, DateOnly? startDate, ProcessContext ctx,
        string? changeReason = null, CancellationToken ct = default)
    {
        var today = clock.TodayInEngland();
        var start = startDate ?? today;
        var errors = new ErrorList();
        if (workerId is null)
        {
            errors.Add("WorkerId", "Select the worker to allocate");
        }
        if (start > today)
        {
            errors.Add("StartDate", "The allocation date must be today or in the past");
        }
        changeReason = string.IsNullOrWhiteSpace(changeReason) ? null : changeReason.Trim();
        if (changeReason is not null && !SocialWorkerChangeReasons.IsCode(changeReason))
        {
            errors.Add("ChangeReason", "Select why the social worker is changing");
        }
        errors.ThrowIfAny();
        var worker = await db.Users.Include(u => u.Team).SingleOrDefaultAsync(u => u.Id == workerId && u.IsActive, ct);
        if (worker?.Team is null)
        {
            throw ValidationFailedException.For("WorkerId", "Select an active worker who belongs to a team");
        }
        if (!await db.People.AnyAsync(p => p.Id == personId && p.MergedIntoId == null, ct))
        {
            throw new RecordNotFoundException();
        }
        var current = await db.Allocations.Include(a => a.Worker).SingleOrDefaultAsync(a => a.PersonId == personId && a.EndDate == null, ct);
        if (current is not null)
        {
            if (current.WorkerId == worker.Id)
            {
                throw ValidationFailedException.For("WorkerId", $"{worker.DisplayName} is already the allocated worker");
            }
            if (start <= current.StartDate)
            {
                throw ValidationFailedException.For("StartDate", "The allocation date must be after the current allocation started");
            }
            if (changeReason is null)
            {
                throw ValidationFailedException.For("ChangeReason", "Select why the social worker is changing");
            }
            current.EndDate = start.AddDays(-1);
        }
        var allocation = new Allocation
        {
            PersonId = personId,
            WorkerId = worker.Id,
            TeamId = worker.Team.Id,
            StartDate = start,
            ChangeReason = changeReason,
        };
        db.Allocations.Add(allocation);
        events.Record(ctx, "Workforce.Allocate",
            new ChildAllocated(personId, current?.WorkerId, current?.Worker?.DisplayName, worker.Id, worker.DisplayName, worker.Team.Name, start,
                changeReason), [personId]);
        await db.SaveChangesAsync(ct);
        return allocation;
    }
}
