using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Returns.Ssda903.Rules;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>
/// The SSDA903 return built from the record (issue 6): no re-keying. The children are those looked after at any time
/// in the collection year (a period of care open on any day from 1 April to 31 March, or to the day asked) and the care
/// leavers whose 17th to 21st birthday falls in it (OC3; the DfE's INT06 wants them in Header too).
/// </summary>
/// <remarks>
/// One query per table, each reading only the columns the return uses and filtered by the periods query, so a county's
/// ten years of history is a dozen round trips (the 903 benchmark, issue 6 acceptance 5). Rows are in CHILD order
/// (ordinal), each child's rows in date order; <see cref="Ssda903Row.Row"/> is 0, as for anything built from the record.
/// </remarks>
public sealed class Ssda903Builder(HearthDbContext db)
{
    public async Task<Ssda903Return> BuildAsync(Ssda903Scope scope, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var year = scope.Year;
        var asAt = scope.AsAt is { } day && day < year.End ? day : year.End;
        var start = year.Start;

        var periodsInYear = db.CarePeriods.AsNoTracking()
            .Where(p => p.StartDate <= asAt && (p.EndDate == null || p.EndDate >= start))
            .Where(p => db.People.Any(person => person.Id == p.PersonId && person.MergedIntoId == null));
        if (scope.PersonId is { } only)
        {
            periodsInYear = periodsInYear.Where(p => p.PersonId == only);
        }
        var periodIds = periodsInYear.Select(p => p.Id);
        var lookedAfterIds = periodsInYear.Select(p => p.PersonId);

        var periods = await periodsInYear.Select(p => new Ssda903PeriodRow(p.Id, p.PersonId, p.StartDate, p.CategoryOfNeed, p.HomePostcode,
            p.EndDate, p.ReasonCeased, p.ImportedFirstEpisodeReason)).ToListAsync(ct);
        var statuses = (await db.LegalStatuses.AsNoTracking().Where(s => periodIds.Contains(s.CarePeriodId))
            .Select(s => new Ssda903StatusRow(s.CarePeriodId, s.From, s.Code)).ToListAsync(ct)).ToLookup(s => s.CarePeriodId);
        var placements = (await db.Placements.AsNoTracking().Where(p => periodIds.Contains(p.CarePeriodId))
            .Select(p => new Ssda903PlacementRow(p.CarePeriodId, p.From, p.PlacementType, p.Provider, p.CarerName, p.Urn, p.Postcode, p.ReasonForMove))
            .ToListAsync(ct)).ToLookup(p => p.CarePeriodId);
        var careLeavers = await Ssda903CareLeavers.BuildAsync(db, scope.PersonId, start, asAt, scope.AsAt, ct);

        var personIds = periods.Select(p => p.PersonId).Concat(careLeavers.Select(c => c.PersonId!.Value)).Distinct().ToList();
        var people = (await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new Ssda903PersonRow(p.Id, p.Reference, p.Sex, p.DateOfBirth, p.EthnicityCode, p.Upn, p.UpnUnknownReason))
            .ToListAsync(ct)).ToDictionary(p => p.Id);
        var profiles = await db.LookedAfterChildProfiles.AsNoTracking().Where(p => personIds.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, ct);

        var ret = new Ssda903Return();
        foreach (var person in people.Values.OrderBy(p => p.Reference, StringComparer.Ordinal))
        {
            ret.Header.Add(Ssda903PersonRows.Header(person, profiles.GetValueOrDefault(person.Id)));
        }
        var byPerson = people.Values.ToDictionary(p => p.Id);
        foreach (var period in periods.OrderBy(p => byPerson[p.PersonId].Reference, StringComparer.Ordinal).ThenBy(p => p.StartDate))
        {
            var ofCare = CarePeriodToPeriodOfCare.From(period, statuses[period.Id], placements[period.Id]);
            ret.Episodes.AddRange(Ssda903EpisodeRows.For(ofCare, byPerson[period.PersonId].Reference, period.PersonId, start, asAt));
        }
        foreach (var row in careLeavers.OrderBy(r => byPerson[r.PersonId!.Value].Reference, StringComparer.Ordinal))
        {
            Ssda903PersonRows.Identify(row, byPerson[row.PersonId!.Value]);
            ret.Oc3.Add(row);
        }

        var lookedAfter = ret.Episodes.Select(e => e.PersonId!.Value).ToHashSet();
        var children = people.Values.Where(p => lookedAfter.Contains(p.Id)).OrderBy(p => p.Reference, StringComparer.Ordinal).ToList();
        foreach (var person in children)
        {
            if (profiles.GetValueOrDefault(person.Id) is { } profile)
            {
                if (profile.UnaccompaniedAsylumSeeker)
                {
                    ret.Uasc.Add(Ssda903PersonRows.Identify(new UascRow { SEX = person.Sex, DUC = Ssda903Date.Write(profile.UascCeasedOn) }, person));
                }
                if (profile.PreviousPermanence is not null)
                {
                    ret.PrevPerm.Add(Ssda903PersonRows.Identify(new PrevPermRow
                    {
                        PREV_PERM = profile.PreviousPermanence,
                        LA_PERM = profile.PreviousPermanenceAuthority,
                        DATE_PERM = profile.PreviousPermanenceDate,
                    }, person));
                }
            }
        }

        await Ssda903ChildTables.AddAsync(db, ret, children, lookedAfterIds, periodIds, start, asAt, ct);
        await AddOc2Async(ret, year, start, asAt, byPerson, ct);
        return ret;
    }

    /// <summary>OC2: the children looked after continuously for 12 months at 31 March, as the validator counts them (157, 181-198).</summary>
    private async Task AddOc2Async(Ssda903Return ret, Hearth.Core.Returns.CinCensus.CensusYear year, DateOnly start, DateOnly asAt,
        Dictionary<Guid, Ssda903PersonRow> people, CancellationToken ct)
    {
        var cohort = new Ssda903Context(ret, year).ContinuouslyLookedAfter();
        var ids = people.Values.Where(p => cohort.Contains(p.Reference)).Select(p => p.Id).ToList();
        if (ids.Count == 0)
        {
            return;
        }
        var health = (await db.HealthEntries.AsNoTracking().Where(h => ids.Contains(h.PersonId) && h.On >= start && h.On <= asAt)
            .Select(h => new Ssda903HealthRow(h.PersonId, h.Kind, h.On, h.SdqScore, h.SdqReason)).ToListAsync(ct)).ToLookup(h => h.PersonId);
        foreach (var person in ids.Select(id => people[id]).OrderBy(p => p.Reference, StringComparer.Ordinal))
        {
            ret.Oc2.Add(Ssda903HealthItems.Row(person.Reference, person.Id, Ssda903Date.Write(person.DateOfBirth), year.End, [.. health[person.Id]]));
        }
    }
}
