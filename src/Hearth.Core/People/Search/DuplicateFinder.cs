using Hearth.Core.People.Matching;

namespace Hearth.Core.People.Search;

public enum MatchStrength
{
    Possible = 1,
    Likely = 2,
}

public sealed record PossibleDuplicate(PersonSearchResult Person, MatchStrength Strength, string Why);

/// <summary>
/// Before a new person is saved: who already on the record might be the same person. Likely means
/// the same NHS number or UPN, or a near-identical name with the same date of birth; possible means a
/// similar name with the same or a close date of birth, or no date to compare.
/// </summary>
public sealed class DuplicateFinder(PersonSearch search)
{
    /// <summary>Finds possible duplicates and logs them as shown to the user, as any search list is.</summary>
    public async Task<IReadOnlyList<PossibleDuplicate>> FindAndLogAsync(PersonDetails d, Audit.ProcessContext ctx, string channel = "web", CancellationToken ct = default)
    {
        var found = await FindAsync(d, ctx.UserId, ct);
        await search.LogShownAsync([.. found.Select(f => f.Person)], ctx, "Possible duplicates", channel, ct);
        return found;
    }

    public async Task<IReadOnlyList<PossibleDuplicate>> FindAsync(PersonDetails d, Guid userId, CancellationToken ct = default)
    {
        var found = new Dictionary<Guid, PossibleDuplicate>();
        var dob = d.DateOfBirth ?? d.ExpectedDateOfBirth;

        foreach (var (identifier, value) in new[] { ("NHS number", Clean(d.NhsNumber)), ("UPN", Clean(d.Upn)) })
        {
            if (value is null)
            {
                continue;
            }
            var query = identifier == "UPN" ? new SearchQuery([], null, null, value.ToUpperInvariant(), null) : new SearchQuery([], null, value, null, null);
            foreach (var match in await search.FindAsync(query, userId, 10, ct))
            {
                found[match.Id] = new PossibleDuplicate(match, MatchStrength.Likely, $"Same {identifier}");
            }
        }

        var words = NameNormaliser.Tokens($"{d.GivenNames} {d.FamilyName}").ToList();
        if (words.Count >= 2)
        {
            foreach (var match in await search.FindAsync(new SearchQuery(words, null, null, null, null), userId, 50, ct))
            {
                if (found.ContainsKey(match.Id))
                {
                    continue;
                }
                var theirDob = match.DateOfBirth ?? match.ExpectedDateOfBirth;
                if (dob is { } ours && theirDob is { } theirs)
                {
                    if (ours == theirs)
                    {
                        found[match.Id] = new PossibleDuplicate(match,
                            match.Score >= 0.9 ? MatchStrength.Likely : MatchStrength.Possible, "Similar name and the same date of birth");
                    }
                    else if (IsCloseDate(ours, theirs) && match.Score >= 0.85)
                    {
                        found[match.Id] = new PossibleDuplicate(match, MatchStrength.Possible, "Similar name and a date of birth that differs by a typing slip");
                    }
                }
                else if (match.Score >= 0.9)
                {
                    found[match.Id] = new PossibleDuplicate(match, MatchStrength.Possible, "Similar name; no date of birth to compare");
                }
            }
        }
        return found.Values.OrderByDescending(p => p.Strength).ThenByDescending(p => p.Person.Score).ToList();
    }

    /// <summary>Day and month swapped, or one digit of the day, month or year wrong: the usual keying slips.</summary>
    private static bool IsCloseDate(DateOnly a, DateOnly b) =>
        (a.Day == b.Month && a.Month == b.Day && a.Year == b.Year)
        || (a.Year == b.Year && a.Month == b.Month && Math.Abs(a.Day - b.Day) <= 9 && a.Day % 10 == b.Day % 10)
        || (a.Year == b.Year && a.Day == b.Day)
        || (a.Month == b.Month && a.Day == b.Day && Math.Abs(a.Year - b.Year) <= 1);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Replace(" ", "").Replace("-", "");
}
