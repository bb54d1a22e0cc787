using Hearth.Core.Audit;
using Hearth.Core.CaseNotes;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.People;

/// <summary>
/// Merges a duplicate record into the one that stays. Nothing is deleted: the duplicate stays as a
/// tombstone that redirects, its names become aliases, and its relationships, involvements, notes and
/// allocations move across. Its events keep their original person id and the history page reads both.
/// </summary>
public sealed class MergeService(HearthDbContext db, EventRecorder events, PersonService people, TimeProvider clock)
{
    public async Task MergeAsync(Guid survivorId, Guid duplicateId, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        errors.Required("Reason", ctx.Reason, "Enter why these records are the same person");
        if (survivorId == duplicateId)
        {
            errors.Add("DuplicateId", "Select two different records to merge");
        }
        errors.ThrowIfAny();

        var survivor = await people.LoadAsync(survivorId, ct);
        var duplicate = await people.LoadAsync(duplicateId, ct);
        if (!survivor.IsVisibleTo(ctx.UserId) || !duplicate.IsVisibleTo(ctx.UserId))
        {
            throw new RecordNotFoundException();
        }
        // A child has at most one open early help episode; two open ones cannot become one record silently.
        if (await db.EarlyHelpEpisodes.CountAsync(e => (e.PersonId == survivorId || e.PersonId == duplicateId) && e.ClosedOn == null, ct) > 1)
        {
            throw ValidationFailedException.For("DuplicateId", "Both records have an open early help episode. Close one of them before merging");
        }
        // The bulk moves below run straight away, so the whole merge shares one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var survivorBefore = PersonSnapshot.Of(survivor);
        var duplicateBefore = PersonSnapshot.Of(duplicate);

        foreach (var name in duplicate.Names)
        {
            if (!survivor.Names.Any(n => n.GivenNames == name.GivenNames && n.FamilyName == name.FamilyName))
            {
                survivor.Names.Add(new PersonName { PersonId = survivor.Id, Kind = NameKind.Alias, GivenNames = name.GivenNames, FamilyName = name.FamilyName });
            }
        }
        // Fill gaps only: what the surviving record says is kept where both have a value.
        survivor.NhsNumber ??= duplicate.NhsNumber;
        survivor.Upn ??= duplicate.Upn;
        survivor.DateOfBirth ??= duplicate.DateOfBirth;
        survivor.EthnicityCode ??= duplicate.EthnicityCode;
        if (duplicate.IsRestricted)
        {
            // The merged record is at least as protected as the more restricted of the two.
            survivor.IsRestricted = true;
            foreach (var entry in duplicate.AccessList.Where(a => survivor.AccessList.All(s => s.UserId != a.UserId)))
            {
                survivor.AccessList.Add(new RestrictedRecordAccess { PersonId = survivor.Id, UserId = entry.UserId });
            }
        }

        await db.Relationships.Where(r => r.PersonId == duplicateId && r.RelatedPersonId != survivorId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.PersonId, survivorId), ct);
        await db.Relationships.Where(r => r.RelatedPersonId == duplicateId && r.PersonId != survivorId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RelatedPersonId, survivorId), ct);
        await db.ProfessionalInvolvements.Where(i => i.PersonId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.PersonId, survivorId), ct);
        await db.Set<CaseNote>().Where(n => n.PersonId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.PersonId, survivorId), ct);
        // The front door's links, episodes and step changes follow the child; a contact that already
        // names the survivor keeps one link.
        await db.ContactChildren.Where(c => c.PersonId == duplicateId && db.ContactChildren.Any(o => o.ContactId == c.ContactId && o.PersonId == survivorId))
            .ExecuteDeleteAsync(ct);
        await db.ContactChildren.Where(c => c.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(c => c.PersonId, survivorId), ct);
        await db.CinEpisodes.Where(e => e.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(e => e.PersonId, survivorId), ct);
        await db.StepChanges.Where(e => e.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(e => e.PersonId, survivorId), ct);
        await db.EarlyHelpEpisodes.Where(e => e.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(e => e.PersonId, survivorId), ct);
        // One child has one allocated worker: if both records had one, the survivor's stands and the
        // duplicate's ends today, kept in the history.
        if (await db.Set<Allocation>().AnyAsync(a => a.PersonId == survivorId && a.EndDate == null, ct))
        {
            var today = clock.TodayInEngland();
            await db.Set<Allocation>().Where(a => a.PersonId == duplicateId && a.EndDate == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.EndDate, today), ct);
        }
        await db.Set<Allocation>().Where(a => a.PersonId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.PersonId, survivorId), ct);

        duplicate.MergedIntoId = survivor.Id;
        await db.PersonSearchKeys.Where(k => k.PersonId == duplicateId).ExecuteDeleteAsync(ct);
        await people.ReplaceSearchKeysAsync(survivor, ct);
        events.Record(ctx, "People.MergeDuplicate",
            new PeopleMerged(survivor.Id, duplicate.Id, duplicate.Reference, survivorBefore, duplicateBefore), [survivor.Id, duplicate.Id]);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
