using Hearth.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.People;

/// <summary>One relationship seen from a given person's side: "Jane Smith — Mother".</summary>
public sealed record RelatedPerson(
    Guid RelationshipId,
    Guid PersonId,
    string Name,
    string Reference,
    DateOnly? DateOfBirth,
    string Relationship,
    bool SameHousehold,
    DateOnly? StartDate,
    DateOnly? EndDate);

/// <summary>
/// Reads a person's relationships from both sides of the stored rows, leaving out anyone this
/// user may not see, so a restricted relative is not revealed through a family list.
/// </summary>
public sealed class FamilyNetwork(HearthDbContext db)
{
    public async Task<IReadOnlyList<RelatedPerson>> ForAsync(Guid personId, Guid userId, CancellationToken ct = default)
    {
        var visible = db.People.VisibleTo(userId);
        var rows = await db.Relationships.AsNoTracking()
            .Where(r => r.PersonId == personId || r.RelatedPersonId == personId)
            .Select(r => new
            {
                r.Id,
                r.Type,
                r.SameHousehold,
                r.StartDate,
                r.EndDate,
                OtherId = r.PersonId == personId ? r.RelatedPersonId : r.PersonId,
                // "Subject side" means the other person is the one the type describes (e.g. the mother).
                OtherIsSubject = r.RelatedPersonId == personId,
            })
            .Join(visible, r => r.OtherId, p => p.Id, (r, p) => new
            {
                r,
                p.Reference,
                p.DateOfBirth,
                p.Sex,
                Name = p.Names.Where(n => n.Kind == NameKind.Legal && n.EndDate == null).Select(n => n.GivenNames + " " + n.FamilyName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows
            .Select(x => new RelatedPerson(x.r.Id, x.r.OtherId, x.Name ?? x.Reference, x.Reference, x.DateOfBirth,
                RelationshipTypes.Describe(x.r.Type, x.r.OtherIsSubject, x.Sex), x.r.SameHousehold, x.r.StartDate, x.r.EndDate))
            .OrderBy(x => x.EndDate is not null).ThenByDescending(x => x.SameHousehold).ThenBy(x => x.DateOfBirth)
            .ToList();
    }
}
