using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>
/// The tables of the looked-after children's year other than Header, Episodes, UASC, PrevPerm and OC2: Reviews held in
/// the year; AD1 and PlacedAdoption from the adoption decisions of their periods of care; Missing episodes open at any
/// time in the year (dates in England); SWEpisodes from the imported social worker episodes and Hearth's own allocations;
/// DoLo orders in force in the year. Anything ending after the day the return is taken is written as still open.
/// </summary>
internal static class Ssda903ChildTables
{
    public static async Task AddAsync(HearthDbContext db, Ssda903Return ret, IReadOnlyList<Ssda903PersonRow> children,
        IQueryable<Guid> childIds, IQueryable<Guid> periodIds, DateOnly start, DateOnly asAt, CancellationToken ct)
    {
        DateOnly? Happened(DateOnly? date) => date <= asAt ? date : null;
        var byId = children.ToDictionary(c => c.Id);
        IEnumerable<Ssda903PersonRow> InOrder<T>(ILookup<Guid, T> rows) => children.Where(c => rows.Contains(c.Id));

        var reviews = (await db.LookedAfterReviews.AsNoTracking()
            .Where(r => childIds.Contains(r.PersonId) && r.HeldOn >= start && r.HeldOn <= asAt)
            .Select(r => new { r.PersonId, r.HeldOn, r.ParticipationCode }).ToListAsync(ct)).ToLookup(r => r.PersonId);
        foreach (var child in InOrder(reviews))
        {
            ret.Reviews.AddRange(reviews[child.Id].OrderBy(r => r.HeldOn).Select(r => Ssda903PersonRows.Identify(new ReviewRow
            {
                REVIEW = Ssda903Date.Write(r.HeldOn),
                REVIEW_CODE = r.ParticipationCode is { Length: > 0 } code ? code : null,
            }, child)));
        }

        var decisions = (await db.AdoptionDecisions.AsNoTracking().Where(a => periodIds.Contains(a.CarePeriodId)).ToListAsync(ct))
            .Where(a => byId.ContainsKey(a.PersonId)).ToLookup(a => a.PersonId);
        foreach (var child in InOrder(decisions))
        {
            if (decisions[child.Id].Where(HasAd1).OrderBy(a => a.MatchedOn ?? a.BestInterestDecisionOn ?? a.ShouldBePlacedOn).LastOrDefault() is { } ad1)
            {
                ret.Ad1.Add(Ssda903PersonRows.Identify(new Ad1Row
                {
                    DATE_INT = Ssda903Date.Write(Happened(ad1.BestInterestDecisionOn)),
                    DATE_MATCH = Ssda903Date.Write(Happened(ad1.MatchedOn)),
                    FOSTER_CARE = ad1.FosterCarerAdopting switch { true => "1", false => "0", null => null },
                    NB_ADOPTR = ad1.NumberOfAdopters?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    SEX_ADOPTR = ad1.AdoptersSex,
                    LS_ADOPTR = ad1.AdoptersLegalStatus,
                }, child));
            }
            foreach (var placed in decisions[child.Id]
                .Where(a => a.ShouldBePlacedOn <= asAt && (a.ReversedOn is null || a.ReversedOn >= start))
                .OrderBy(a => a.ShouldBePlacedOn))
            {
                var reversed = Happened(placed.ReversedOn);
                ret.PlacedAdoption.Add(Ssda903PersonRows.Identify(new PlacedAdoptionRow
                {
                    DATE_PLACED = Ssda903Date.Write(placed.ShouldBePlacedOn),
                    DATE_PLACED_CEASED = Ssda903Date.Write(reversed),
                    REASON_PLACED_CEASED = reversed is null && placed.ReversedOn is not null ? null : placed.ReversedReason,
                }, child));
            }
        }

        var from = EnglandClock.FromEnglandTime(start.ToDateTime(TimeOnly.MinValue));
        var until = EnglandClock.FromEnglandTime(asAt.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var missing = (await db.MissingEpisodes.AsNoTracking()
            .Where(m => childIds.Contains(m.PersonId) && m.StartedAt < until && (m.ReturnedAt == null || m.ReturnedAt >= from))
            .Select(m => new { m.PersonId, m.Kind, m.StartedAt, m.ReturnedAt }).ToListAsync(ct)).ToLookup(m => m.PersonId);
        foreach (var child in InOrder(missing))
        {
            ret.Missing.AddRange(missing[child.Id].OrderBy(m => m.StartedAt).Select(m => Ssda903PersonRows.Identify(new MissingRow
            {
                MISSING = m.Kind == MissingKind.Missing ? "M" : "A",
                MIS_START = Ssda903Date.Write(EnglandDate(m.StartedAt)),
                MIS_END = Ssda903Date.Write(m.ReturnedAt is { } back && back < until ? EnglandDate(back) : null),
            }, child)));
        }

        await AddSocialWorkersAsync(db, ret, children, childIds, start, asAt, ct);

        var orders = (await db.DeprivationOfLibertyOrders.AsNoTracking()
            .Where(d => childIds.Contains(d.PersonId) && d.StartDate <= asAt && (d.EndDate == null || d.EndDate >= start))
            .Select(d => new { d.PersonId, d.StartDate, d.EndDate }).ToListAsync(ct)).ToLookup(d => d.PersonId);
        foreach (var child in InOrder(orders))
        {
            ret.Dolo.AddRange(orders[child.Id].OrderBy(d => d.StartDate).Select(d => Ssda903PersonRows.Identify(new DoloRow
            {
                DOLO_START = Ssda903Date.Write(d.StartDate),
                DOLO_END = Ssda903Date.Write(Happened(d.EndDate)),
            }, child)));
        }
    }

    /// <summary>
    /// SWEpisodes: the spells imported from earlier returns, and Hearth's own allocations of the child to a worker. A
    /// worker's SW_ID is <see cref="SocialWorkerId"/>. SW_REASON is why the social worker changed to this one, so it is
    /// known from the episode's start and is sent for an open episode too (SW01bSTG1 wants it on every episode from April
    /// 2023; SW10STG2 reads it on the later of two episodes): the allocation's <see cref="Allocation.ChangeReason"/>, or
    /// for the child's first allocation, which changed from no one, <see cref="SocialWorkerChangeReasons.FirstWorker"/>.
    /// </summary>
    private static async Task AddSocialWorkersAsync(HearthDbContext db, Ssda903Return ret, IReadOnlyList<Ssda903PersonRow> children,
        IQueryable<Guid> childIds, DateOnly start, DateOnly asAt, CancellationToken ct)
    {
        var imported = await db.SocialWorkerEpisodes.AsNoTracking()
            .Where(s => childIds.Contains(s.PersonId) && s.From <= asAt && (s.To == null || s.To >= start))
            .Select(s => new { s.PersonId, Id = s.SocialWorkerId, s.From, s.To, s.Reason }).ToListAsync(ct);
        var allocated = await db.Allocations.AsNoTracking()
            .Where(a => childIds.Contains(a.PersonId) && a.StartDate <= asAt && (a.EndDate == null || a.EndDate >= start))
            .Select(a => new
            {
                a.PersonId,
                a.WorkerId,
                a.Worker!.SocialWorkEnglandNumber,
                From = a.StartDate,
                To = a.EndDate,
                a.ChangeReason,
                First = !db.Allocations.Any(b => b.PersonId == a.PersonId && b.StartDate < a.StartDate),
            })
            .ToListAsync(ct);
        var spells = imported.Concat(allocated.Select(a => new
        {
            a.PersonId,
            Id = SocialWorkerId(a.WorkerId, a.SocialWorkEnglandNumber),
            a.From,
            a.To,
            Reason = a.ChangeReason ?? (a.First ? SocialWorkerChangeReasons.FirstWorker : null),
        })).ToLookup(s => s.PersonId);
        foreach (var child in children.Where(c => spells.Contains(c.Id)))
        {
            ret.SwEpisodes.AddRange(spells[child.Id].OrderBy(s => s.From).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s =>
            {
                var ended = s.To <= asAt;
                return Ssda903PersonRows.Identify(new SwEpisodeRow
                {
                    SW_ID = s.Id,
                    SW_DECOM = Ssda903Date.Write(s.From),
                    SW_DEC = ended ? Ssda903Date.Write(s.To) : null,
                    SW_REASON = s.Reason,
                }, child);
            }));
        }
    }

    /// <summary>
    /// The worker's SW_ID. The DfE accepts an ID beginning SW, the worker's Social Work England registration number, or
    /// XX for a worker without one or whose number the authority does not hold (rule SW02STG1). Without the number it is
    /// XX and the first 8 hex digits of the user's id: the user's own, stable across returns and years (so SW episodes
    /// carried over from last year's return still match, SW16aSTG2), and not their user name, which can change.
    /// </summary>
    public static string SocialWorkerId(Guid userId, string? socialWorkEnglandNumber) =>
        string.IsNullOrWhiteSpace(socialWorkEnglandNumber)
            ? "XX" + userId.ToString("N")[..8].ToUpperInvariant()
            : socialWorkEnglandNumber.Trim();

    private static bool HasAd1(AdoptionDecision a) =>
        a.BestInterestDecisionOn is not null || a.MatchedOn is not null || a.FosterCarerAdopting is not null || a.NumberOfAdopters is not null
        || a.AdoptersSex is not null || a.AdoptersLegalStatus is not null;

    private static DateOnly EnglandDate(DateTime utc) => DateOnly.FromDateTime(EnglandClock.ToEnglandTime(utc));
}
