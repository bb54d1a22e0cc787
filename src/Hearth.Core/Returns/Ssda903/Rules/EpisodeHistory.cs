namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// Families of episode checks (367-503E): placed or ceased by age, overlong placements, same placement,
/// the episode open at the end of a return and this year's first episode beside it, and UASC episodes.
/// </summary>
internal static class EpisodeHistory
{
    public static DateOnly? Start(EpisodeRow episode) => Ssda903Date.Parse(episode.DECOM);

    public static DateOnly? End(EpisodeRow episode) => Ssda903Date.Parse(episode.DEC);

    /// <summary>The episode open at the end of a return: each child's latest-starting episode, when it has no end date.</summary>
    public static IReadOnlyDictionary<string, EpisodeRow> OpenAtEnd(Ssda903Return ret) =>
        ChildrenInReturn.EpisodesOfEachChild(ret.Episodes)
            .Select(eps => eps.LastOrDefault(e => Start(e) is not null))
            .Where(e => e is not null && !Ssda903Values.IsFilled(e.DEC))
            .ToDictionary(e => e!.CHILD!.Trim(), e => e!);

    /// <summary>Episodes in <paramref name="place"/> that started before the child reached <paramref name="years"/> (371-374).</summary>
    public static IEnumerable<EpisodeRow> PlacedUnderAge(Ssda903Context context, string place, int years)
    {
        var dobs = ChildrenInReturn.BirthDates(context.Current);
        return context.Current.Episodes.Where(e =>
            Ssda903Values.IsCode(e.PLACE, place) && Start(e) is { } start && ChildrenInReturn.BirthDate(dobs, e) is { } dob && ChildrenInReturn.Under(dob, start, years));
    }

    /// <summary>Episodes ending with one of <paramref name="reasons"/> whose end date is before (<paramref name="under"/>) or on or after the child's <paramref name="years"/>th birthday.</summary>
    public static IEnumerable<EpisodeRow> CeasedByAge(Ssda903Context context, IReadOnlySet<string> reasons, int years, bool under)
    {
        var dobs = ChildrenInReturn.BirthDates(context.Current);
        return context.Current.Episodes.Where(e =>
            reasons.Is(e.REC) && End(e) is { } end && ChildrenInReturn.BirthDate(dobs, e) is { } dob && ChildrenInReturn.Under(dob, end, years) == under);
    }

    /// <summary>Ended episodes in <paramref name="place"/> whose end date is more than <paramref name="days"/> days after their start (375, 376, 379).</summary>
    public static IEnumerable<EpisodeRow> LongerThan(Ssda903Return ret, string place, int days) =>
        ret.Episodes.Where(e => Ssda903Values.IsCode(e.PLACE, place) && Start(e) is { } start && End(e) is { } end && end > start.AddDays(days));

    /// <summary>The postcode without spaces, upper case; null when blank.</summary>
    public static string? Postcode(string? value) => Ssda903Values.IsFilled(value) ? string.Concat(value!.Where(ch => !char.IsWhiteSpace(ch))).ToUpperInvariant() : null;

    /// <summary>True when both postcodes are there and the same once spaces and case are ignored.</summary>
    public static bool SamePostcode(string? a, string? b) => Postcode(a) is { } x && x == Postcode(b);

    /// <summary>True when two episodes have the same placement: type, postcode, Ofsted URN and provider (434-436).</summary>
    public static bool SamePlacement(EpisodeRow a, EpisodeRow b) =>
        Ssda903Values.Same(a.PLACE, b.PLACE) && Ssda903Values.Same(a.PL_POST, b.PL_POST) && Ssda903Values.Same(a.URN, b.URN) && Ssda903Values.Same(a.PLACE_PROVIDER, b.PLACE_PROVIDER);

    /// <summary>Every episode of each child that has at least one episode matching <paramref name="qualifies"/> more than <paramref name="allowed"/> times, those episodes only.</summary>
    public static IEnumerable<EpisodeRow> WhereMoreThan(IEnumerable<EpisodeRow> episodes, Func<EpisodeRow, bool> qualifies, int allowed) =>
        ChildrenInReturn.EpisodesOfEachChild(episodes).Select(eps => eps.Where(qualifies).ToList()).Where(eps => eps.Count > allowed).SelectMany(eps => eps);

    /// <summary>Each child's first episode this year (earliest readable start) beside the episode left open at the end of last year's return (502, 503A-E); none without last year's return.</summary>
    public static IEnumerable<(EpisodeRow First, EpisodeRow LastYearOpen)> FirstAfterLastYearOpen(Ssda903Context context)
    {
        if (context.Previous is null)
        {
            return [];
        }
        var open = OpenAtEnd(context.Previous);
        return ChildrenInReturn.EpisodesOfEachChild(context.Current.Episodes)
            .Select(eps => eps.FirstOrDefault(e => Start(e) is not null))
            .Where(e => e is not null && open.ContainsKey(e.CHILD!.Trim()))
            .Select(e => (e!, open[e!.CHILD!.Trim()]));
    }

    /// <summary>Children with at least one episode not under a respite legal status (V3/V4; a blank one counts).</summary>
    public static IReadOnlySet<string> LookedAfterBeyondRespite(Ssda903Return ret) =>
        new HashSet<string>(ret.Episodes.Where(e => Ssda903Values.IsFilled(e.CHILD) && !EpisodeCodes.ShortBreaks.Is(e.LS)).Select(e => e.CHILD!.Trim()));

    /// <summary>Episodes of children with no UASC record this year or last (392a).</summary>
    public static IEnumerable<EpisodeRow> WithoutUasc(Ssda903Context context)
    {
        var uasc = ChildrenInReturn.UascOrFormerlyUasc(context);
        return context.Current.Episodes.Where(e => !e.In(uasc));
    }

    /// <summary>Episodes of children with a UASC record this year or last (406).</summary>
    public static IEnumerable<EpisodeRow> UascEpisodes(Ssda903Context context)
    {
        var uasc = ChildrenInReturn.UascOrFormerlyUasc(context);
        return context.Current.Episodes.Where(e => e.In(uasc));
    }
}
