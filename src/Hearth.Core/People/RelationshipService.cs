using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.People;

/// <summary>Relationships and professional involvements: the family and network around a child.</summary>
public sealed class RelationshipService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    /// <summary>Records "<paramref name="relatedPersonId"/> is the [type] of <paramref name="personId"/>", once, readable from both sides.</summary>
    public async Task<Relationship> RecordAsync(Guid personId, Guid relatedPersonId, RelationshipType? type, bool sameHousehold,
        DateOnly? startDate, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        if (type is null || !Enum.IsDefined(type.Value))
        {
            errors.Add("Type", "Select how they are related");
        }
        if (personId == relatedPersonId)
        {
            errors.Add("RelatedPersonId", "Select a different person: someone cannot be related to themselves");
        }
        if (startDate is { } start && start > clock.TodayInEngland())
        {
            errors.Add("StartDate", "The date the relationship started must be today or in the past");
        }
        errors.ThrowIfAny();
        await EnsureExistsAsync(personId, ct);
        await EnsureExistsAsync(relatedPersonId, ct);

        var duplicate = await db.Relationships.AnyAsync(r => r.EndDate == null && r.Type == type &&
            ((r.PersonId == relatedPersonId && r.RelatedPersonId == personId) ||
             (r.PersonId == personId && r.RelatedPersonId == relatedPersonId && RelationshipTypesSymmetric.Contains(r.Type))), ct);
        if (duplicate)
        {
            throw ValidationFailedException.For("Type", "This relationship is already recorded");
        }
        // Stored as "subject is [type] of object": the related person (e.g. the mother) is the subject.
        var relationship = new Relationship
        {
            PersonId = relatedPersonId,
            RelatedPersonId = personId,
            Type = type!.Value,
            SameHousehold = sameHousehold,
            StartDate = startDate,
        };
        db.Relationships.Add(relationship);
        events.Record(ctx, "People.RecordRelationship",
            new RelationshipRecorded(relationship.Id, relationship.PersonId, relationship.RelatedPersonId, relationship.Type, sameHousehold),
            [personId, relatedPersonId]);
        await db.SaveChangesAsync(ct);
        return relationship;
    }

    public async Task EndAsync(Guid relationshipId, DateOnly? endDate, ProcessContext ctx, CancellationToken ct = default)
    {
        var relationship = await db.Relationships.SingleOrDefaultAsync(r => r.Id == relationshipId, ct) ?? throw new RecordNotFoundException();
        var end = endDate ?? clock.TodayInEngland();
        if (relationship.EndDate is not null)
        {
            throw ValidationFailedException.For("EndDate", "This relationship has already ended");
        }
        if (end > clock.TodayInEngland() || (relationship.StartDate is { } start && end < start))
        {
            throw ValidationFailedException.For("EndDate", "The end date must be between the start of the relationship and today");
        }
        relationship.EndDate = end;
        relationship.SameHousehold = false;
        events.Record(ctx, "People.EndRelationship",
            new RelationshipEnded(relationship.Id, relationship.PersonId, relationship.RelatedPersonId, relationship.Type, end),
            [relationship.PersonId, relationship.RelatedPersonId]);
        await db.SaveChangesAsync(ct);
    }

    public async Task<ProfessionalInvolvement> RecordInvolvementAsync(Guid personId, InvolvementRole? role, string? organisation,
        string? professionalName, string? phone, string? email, DateOnly? startDate, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        if (role is null || !Enum.IsDefined(role.Value))
        {
            errors.Add("Role", "Select the professional's role");
        }
        errors.Required("Organisation", organisation, "Enter the organisation, for example the surgery or school");
        errors.MaxLength("Organisation", organisation, 200, "Organisation");
        errors.MaxLength("ProfessionalName", professionalName, 200, "Name");
        if (!string.IsNullOrWhiteSpace(email) && !System.Net.Mail.MailAddress.TryCreate(email.Trim(), out _))
        {
            errors.Add("Email", "Enter an email address in the correct format, like name@example.com");
        }
        if (!string.IsNullOrWhiteSpace(phone) && !System.Text.RegularExpressions.Regex.IsMatch(phone, @"^[0-9 +()\-]{6,20}$"))
        {
            errors.Add("Phone", "Enter a telephone number, like 01632 960 001 or 07700 900 982");
        }
        errors.ThrowIfAny();
        await EnsureExistsAsync(personId, ct);
        var involvement = new ProfessionalInvolvement
        {
            PersonId = personId,
            Role = role!.Value,
            Organisation = organisation!.Trim(),
            ProfessionalName = string.IsNullOrWhiteSpace(professionalName) ? null : professionalName.Trim(),
            Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim(),
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            StartDate = startDate,
        };
        db.ProfessionalInvolvements.Add(involvement);
        events.Record(ctx, "People.RecordInvolvement",
            new InvolvementRecorded(involvement.Id, personId, involvement.Role, involvement.Organisation, involvement.ProfessionalName), [personId]);
        await db.SaveChangesAsync(ct);
        return involvement;
    }

    private static readonly RelationshipType[] RelationshipTypesSymmetric =
        Enum.GetValues<RelationshipType>().Where(RelationshipTypes.IsSymmetric).ToArray();

    private async Task EnsureExistsAsync(Guid personId, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId && p.MergedIntoId == null, ct))
        {
            throw new RecordNotFoundException();
        }
    }
}
