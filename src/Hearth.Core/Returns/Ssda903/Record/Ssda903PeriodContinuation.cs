using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>
/// A period in a later year's file that carries on one already held: its first row is not S (it began before the file's
/// year) and a held period was open on its first day, as when 2026-27 is imported and then 2027-28. The held period gets
/// the legal statuses and placements that start after its own latest ones, and its end if it had none; the first spell
/// of the later file is the held one when it has the same code (or placement type, provider, URN and postcode), and a
/// later move to the same carer (T, U) keeps the held carer's name.
/// </summary>
internal static class Ssda903PeriodContinuation
{
    public static async Task MergeAsync(HearthDbContext db, Guid heldId, CarePeriod later, CancellationToken ct)
    {
        var period = await db.CarePeriods.Include(p => p.LegalStatuses).Include(p => p.Placements).FirstAsync(p => p.Id == heldId, ct);
        var lastStatus = period.LegalStatuses.Max(s => s.From);
        var lastPlacement = period.Placements.Max(p => p.From);

        foreach (var status in later.LegalStatuses.OrderBy(s => s.From))
        {
            var heldThen = period.LegalStatuses.Where(s => s.From <= status.From).MaxBy(s => s.From);
            if (status.From <= lastStatus || heldThen?.Code == status.Code && status.From == later.StartDate)
            {
                continue;
            }
            // Added to the context, not the collection: with its Guid set, EF would take one found on a navigation as held already.
            db.LegalStatuses.Add(new LegalStatusRecord
            {
                CarePeriodId = period.Id,
                PersonId = period.PersonId,
                From = status.From,
                Code = status.Code,
                RecordedAt = status.RecordedAt,
                RecordedByName = status.RecordedByName,
            });
        }

        var carers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var placement in later.Placements.OrderBy(p => p.From))
        {
            var heldThen = period.Placements.Where(p => p.From <= placement.From).MaxBy(p => p.From);
            if (placement.From == later.StartDate && heldThen is not null && Same(heldThen, placement))
            {
                carers[placement.CarerName] = heldThen.CarerName;
                continue;
            }
            if (placement.From <= lastPlacement)
            {
                continue;
            }
            db.Placements.Add(new Placement
            {
                CarePeriodId = period.Id,
                PersonId = period.PersonId,
                From = placement.From,
                PlacementType = placement.PlacementType,
                Provider = placement.Provider,
                CarerName = carers.GetValueOrDefault(placement.CarerName, placement.CarerName),
                Urn = placement.Urn,
                Postcode = placement.Postcode,
                ReasonForMove = placement.ReasonForMove,
                RecordedAt = placement.RecordedAt,
                RecordedByName = placement.RecordedByName,
            });
        }

        if (period.EndDate is null && later.EndDate is not null)
        {
            period.EndDate = later.EndDate;
            period.ReasonCeased = later.ReasonCeased;
        }
    }

    private static bool Same(Placement held, Placement later) =>
        held.PlacementType == later.PlacementType && held.Provider == later.Provider && held.Urn == later.Urn && held.Postcode == later.Postcode;
}
