using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.People.Matching;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.People.Search;

/// <summary>
/// Search before create: one box that finds people by any name (typos and sound-alikes included),
/// date of birth, NHS number, UPN or postcode, among the records this user may see.
/// </summary>
public sealed class PersonSearch(HearthDbContext db, EventRecorder events)
{
    /// <summary>
    /// The most candidates ranked in memory for one search. Enough for every "J… Smith" in a county of
    /// a million; reading only their names first keeps it cheap.
    /// </summary>
    private const int CandidateLimit = 3000;

    /// <summary>
    /// A single word (a common surname) can match tens of thousands in a county; every exact match scores
    /// the same, so ranking more of them shows nothing better. The page asks for more detail instead.
    /// </summary>
    private const int OneWordCandidateLimit = 800;
    /// <summary>Below this a name is too unlike the query to show (tuned on the sound-alike pairs in the tests).</summary>
    public const double MinimumNameScore = 0.72;

    /// <summary>Searches and writes the access events for the list shown.</summary>
    public async Task<IReadOnlyList<PersonSearchResult>> SearchAsync(string? text, ProcessContext ctx, string channel = "web",
        int limit = 25, CancellationToken ct = default)
    {
        var results = await FindAsync(SearchQuery.Parse(text), ctx.UserId, limit, ct);
        await LogShownAsync(results, ctx, "Person search", channel, ct);
        return results;
    }

    /// <summary>A list of people shown to a user is a read of each of them (DESIGN.md idea 3).</summary>
    public async Task LogShownAsync(IReadOnlyList<PersonSearchResult> results, ProcessContext ctx, string what, string channel, CancellationToken ct)
    {
        events.Accessed(ctx, AccessKind.SearchedPeople, null, what, channel, results.Count);
        foreach (var result in results)
        {
            events.Accessed(ctx, AccessKind.AppearedInSearchResults, result.Id, what + " results", channel);
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<PersonSearchResult>> FindAsync(SearchQuery query, Guid userId, int limit, CancellationToken ct = default)
    {
        if (query.IsEmpty)
        {
            return [];
        }
        var people = db.People.AsNoTracking().VisibleTo(userId);
        if (query.NhsNumber is { } nhs)
        {
            people = people.Where(p => p.NhsNumber == nhs);
        }
        if (query.Upn is { } upn)
        {
            people = people.Where(p => p.Upn == upn || p.FormerUpn == upn);
        }
        if (query.DateOfBirth is { } dob)
        {
            people = people.Where(p => p.DateOfBirth == dob || p.ExpectedDateOfBirth == dob);
        }
        if (query.Postcode is { } postcode)
        {
            people = people.Where(p => p.Addresses.Any(a => a.Postcode == postcode));
        }
        var keys = KeysFor(query.NameWords);
        if (keys.Count > 0)
        {
            var matching = db.PersonSearchKeys.Where(k => keys.Contains(k.Key)).Select(k => k.PersonId);
            people = people.Where(p => matching.Contains(p.Id));
        }

        // Stage 1: the candidates' ids, then only their names: cheap enough to rank thousands in memory.
        // No ORDER BY on purpose: which candidates are taken matters only past the limit, where all
        // score alike, and an ordered scan makes PostgreSQL walk the whole table for a rare name.
        var candidateIds = await people.Select(p => p.Id)
            .Take(query.NameWords.Count == 1 ? OneWordCandidateLimit : CandidateLimit)
            .ToListAsync(ct);
        var names = await db.PersonNames.AsNoTracking()
            .Where(n => candidateIds.Contains(n.PersonId))
            .Select(n => new { Id = n.PersonId, n.Kind, n.GivenNames, n.FamilyName })
            .ToListAsync(ct);
        var ranked = names
            .GroupBy(n => n.Id)
            .Select(g => (Id: g.Key, Score: query.NameWords.Count == 0 ? 1.0 : g.Max(n => NameScore(query.NameWords, n.GivenNames, n.FamilyName))))
            .Where(r => r.Score >= MinimumNameScore)
            .OrderByDescending(r => r.Score)
            .Take(limit)
            .ToList();
        if (ranked.Count == 0)
        {
            return [];
        }

        // Stage 2: what the results page shows, for the few that made the cut.
        var ids = ranked.Select(r => r.Id).ToList();
        var details = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.Reference,
                p.DateOfBirth,
                p.ExpectedDateOfBirth,
                p.Sex,
                p.NhsNumber,
                Names = p.Names.Select(n => new { n.Kind, n.GivenNames, n.FamilyName, n.EndDate }).ToList(),
                Address = p.Addresses.Where(a => a.EndDate == null).OrderByDescending(a => a.StartDate)
                    .Select(a => a.Line1 + ", " + a.Town + ", " + a.Postcode).FirstOrDefault(),
                Allocation = db.Allocations.Where(a => a.PersonId == p.Id && a.EndDate == null)
                    .Select(a => new { Worker = a.Worker!.DisplayName, Team = a.Team!.Name }).FirstOrDefault(),
            })
            .AsSplitQuery()
            .ToDictionaryAsync(p => p.Id, ct);

        return ranked
            .Where(r => details.ContainsKey(r.Id))
            .Select(r =>
            {
                var c = details[r.Id];
                var legal = c.Names.Where(n => n.Kind == NameKind.Legal && n.EndDate == null).FirstOrDefault() ?? c.Names.OrderBy(n => n.Kind).First();
                return new PersonSearchResult(c.Id, c.Reference, $"{legal.GivenNames} {legal.FamilyName}",
                    c.Names.Where(n => n != legal).Select(n => $"{n.GivenNames} {n.FamilyName}").Distinct().ToList(),
                    c.DateOfBirth, c.ExpectedDateOfBirth, c.Sex, c.Address, c.NhsNumber,
                    c.Allocation?.Worker, c.Allocation?.Team, r.Score);
            })
            .OrderByDescending(r => r.Score).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static HashSet<string> KeysFor(IReadOnlyList<string> words)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (words.Count == 1)
        {
            keys.UnionWith(PersonSearchKeys.SingleKeys(words[0]));
        }
        else if (words.Count >= 2)
        {
            // People type names either way round ("Smith John") and sometimes with middle names.
            keys.UnionWith(PersonSearchKeys.PairKeys(words[0], words[^1]));
            keys.UnionWith(PersonSearchKeys.PairKeys(words[^1], words[0]));
        }
        return keys;
    }

    /// <summary>How well a person's name matches the words typed, whichever order they were typed in.</summary>
    internal static double NameScore(IReadOnlyList<string> words, string givenNames, string familyName) =>
        words.Count == 1
            ? NameNormaliser.Tokens($"{givenNames} {familyName}").Select(t => NameSimilarity.WordScore(words[0], t)).DefaultIfEmpty(0).Max()
            : NameSimilarity.Score(string.Join(' ', words), $"{givenNames} {familyName}");
}
