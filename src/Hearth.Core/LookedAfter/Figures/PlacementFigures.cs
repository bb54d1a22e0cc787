namespace Hearth.Core.LookedAfter.Figures;

/// <summary>Where children live and how settled they are: out of area, distance from home, placement moves and long-term stability.</summary>
internal static class PlacementFigures
{
    /// <summary>T0 to T4: temporary placements (holidays, hospital, respite), which the DfE's stability measures do not count as moves.</summary>
    public static bool IsTemporary(string placementType) => placementType is "T0" or "T1" or "T2" or "T3" or "T4";

    /// <summary>A3 to A6: placed for adoption.</summary>
    public static bool IsPlacedForAdoption(string placementType) => placementType is "A3" or "A4" or "A5" or "A6";

    public static IEnumerable<Figure> Compute(IReadOnlyList<FigurePeriod> current, FigureRecord record, DateOnly asAt, DateOnly from)
    {
        var cohort = current.Select(p => p.PersonId).ToList();

        // CA89 s22C(9) and the DfE's "placed outside the LA boundary": the placement on the day is out of area.
        yield return Figure.Of(LookedAfterFigures.OutOfArea, "Placed outside the authority's area",
            "Children looked after on the day whose placement is outside the authority's area (CA89 s22C(9); DfE, placed outside LA boundary).",
            current.Where(p => p.PlacementOn(asAt)?.OutOfArea == true).Select(p => p.PersonId), cohort);

        // The DfE's distance measure: more than 20 miles (straight line) from the home the child was living at when
        // they became looked after. A placement with no distance recorded is not counted.
        yield return Figure.Of(LookedAfterFigures.Over20Miles, "Placed more than 20 miles from home",
            "Children looked after on the day placed more than 20 miles from their home postcode (DfE, distance between home and placement).",
            current.Where(p => p.PlacementOn(asAt)?.DistanceMiles > 20m).Select(p => p.PersonId), cohort);

        // DfE placement stability (formerly NI 62): children looked after at 31 March with three or more placements
        // during the year, counting every placement held at any time in the year in any of the child's periods of care,
        // temporary placements (T0 to T4) left out.
        var byPerson = record.Periods.ToLookup(p => p.PersonId);
        yield return Figure.Of(LookedAfterFigures.ThreeOrMorePlacements, "Three or more placements in the year",
            "Children looked after on the day who had three or more placements during the year (DfE placement stability, formerly NI 62); temporary placements (T0 to T4) not counted.",
            cohort.Where(id => byPerson[id].Sum(p => PlacementsInYear(p, asAt, from)) >= 3), cohort);

        // DfE long-term stability (formerly NI 63): children under 16 looked after continuously for at least two and a
        // half years, who have lived in the same placement for at least two years, or are placed for adoption and their
        // adoptive placement together with the one before it have lasted at least two years.
        var longCohort = current.Where(p => p.Start <= asAt.AddMonths(-30)
            && LookedAfterFigures.AgeOn(record.Children.FirstOrDefault(c => c.PersonId == p.PersonId)?.DateOfBirth, asAt) is < 16).ToList();
        yield return Figure.Of(LookedAfterFigures.LongTermStability, "Long-term stability",
            "Children under 16 looked after for two and a half years or more who have lived in the same placement for two years, or are placed for adoption and together with the placement before have been settled for two years (DfE, formerly NI 63).",
            longCohort.Where(p => SettledTwoYears(p, asAt)).Select(p => p.PersonId), longCohort.Select(p => p.PersonId));
    }

    private static int PlacementsInYear(FigurePeriod period, DateOnly asAt, DateOnly from)
    {
        var placements = period.Placements.OrderBy(p => p.From).ToList();
        var count = 0;
        for (var i = 0; i < placements.Count; i++)
        {
            var ends = i + 1 < placements.Count ? placements[i + 1].From : period.End;
            var held = placements[i].From <= asAt && (ends is null || ends > from);
            if (held && !IsTemporary(placements[i].PlacementType))
            {
                count++;
            }
        }
        return count;
    }

    private static bool SettledTwoYears(FigurePeriod period, DateOnly asAt)
    {
        var placements = period.Placements.Where(p => p.From <= asAt && !IsTemporary(p.PlacementType)).OrderBy(p => p.From).ToList();
        if (placements.Count == 0)
        {
            return false;
        }
        var twoYearsAgo = asAt.AddYears(-2);
        var now = placements[^1];
        if (now.From <= twoYearsAgo)
        {
            return true;
        }
        return IsPlacedForAdoption(now.PlacementType) && placements.Count > 1 && placements[^2].From <= twoYearsAgo;
    }
}
