using Hearth.Core.ChildInNeed;
using Hearth.Core.ChildProtection;
using Hearth.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Core.Returns.CinCensus;

/// <summary>
/// Builds the census from the record, with no re-keying: every episode referred in the collection
/// year or open at any time in it (statutory-data.md A), with the activity in each that falls in
/// the year, as it stood at the end of the year (or on the day asked, for in-year checks).
/// </summary>
public sealed class CinCensusBuilder(HearthDbContext db, IOptions<CensusOptions> options, TimeProvider clock)
{
    public async Task<CensusMessage> BuildAsync(CensusYear year, CensusScope scope, CancellationToken ct = default)
    {
        var today = clock.TodayInEngland();
        var asAt = scope.AsAt ?? (today < year.End ? today : year.End);
        var window = new CensusWindow(year.Start, asAt);
        var episodes = EpisodesIn(window, scope);
        var record = await CensusRecord.LoadAsync(db, episodes, year.HasPreProceedings, ct);
        var message = new CensusMessage { Header = Header(year), AsAt = asAt < year.End ? asAt : null };
        foreach (var person in record.People.OrderBy(p => p.Reference, StringComparer.Ordinal))
        {
            message.Children.Add(CensusChildMapping.Child(person, record, window));
        }
        return message;
    }

    private IQueryable<CinEpisode> EpisodesIn(CensusWindow window, CensusScope scope)
    {
        var episodes = db.CinEpisodes.AsNoTracking()
            .Where(e => e.ReferralDate <= window.End && (e.CloseDate == null || e.CloseDate >= window.Start))
            .Where(e => db.People.Any(p => p.Id == e.PersonId && p.MergedIntoId == null));
        if (scope.PersonId is { } personId)
        {
            episodes = episodes.Where(e => e.PersonId == personId);
        }
        if (scope.TeamId is { } teamId)
        {
            // A team's children as the Team page counts them: held by a worker in the team (the current
            // allocation), or on an open episode transferred to the team.
            episodes = episodes.Where(e => db.Allocations.Any(a => a.PersonId == e.PersonId && a.EndDate == null && a.Worker!.TeamId == teamId)
                || db.CinEpisodes.Any(o => o.PersonId == e.PersonId && o.TeamId == teamId && o.CloseDate == null));
        }
        return episodes;
    }

    private CensusHeader Header(CensusYear year) => new()
    {
        Collection = "CIN",
        Year = (year.StartYear + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ReferenceDate = year.End,
        SourceLevel = "L",
        Lea = options.Value.Lea,
        SoftwareCode = options.Value.SoftwareCode,
        Release = typeof(CinCensusBuilder).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
        SerialNo = "001",
        DateTime = clock.GetLocalNow().DateTime,
    };
}

/// <summary>The part of the year the census reports: 1 April to the day the data is taken.</summary>
internal readonly record struct CensusWindow(DateOnly Start, DateOnly End)
{
    /// <summary>A date that has happened by the end of the window, else null (a later date is not yet history).</summary>
    public DateOnly? Happened(DateOnly? date) => date <= End ? date : null;

    /// <summary>Something that began by the end of the window and had not finished before it began.</summary>
    public bool Overlaps(DateOnly start, DateOnly? end) => start <= End && (end is null || end >= Start);
}
