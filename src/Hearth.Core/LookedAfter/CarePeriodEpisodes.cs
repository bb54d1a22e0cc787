namespace Hearth.Core.LookedAfter;

/// <summary>
/// The recorded period of care as the pure <see cref="PeriodOfCare"/> that <see cref="Ssda903Episodes.Derive"/> reads:
/// the page's episode table and the SSDA903 builder both go through here, so they cannot disagree.
/// </summary>
public static class CarePeriodEpisodes
{
    public static PeriodOfCare For(CarePeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new PeriodOfCare(
            period.StartDate,
            period.CategoryOfNeed,
            period.HomePostcode,
            period.LegalStatuses.OrderBy(s => s.From).Select(s => new LegalStatusSpell(s.From, s.Code)).ToList(),
            period.Placements.OrderBy(p => p.From).Select(p => new PlacementSpell(p.From, p.PlacementType, p.Provider, Carer(p.CarerName),
                p.Urn, p.Postcode, p.ReasonForMove)).ToList(),
            period.EndDate,
            period.ReasonCeased,
            period.ImportedFirstEpisodeReason);
    }

    /// <summary>The episodes of <paramref name="period"/> (see <see cref="Ssda903Episodes"/>).</summary>
    public static IReadOnlyList<DerivedEpisode> Derive(CarePeriod period) => Ssda903Episodes.Derive(For(period));

    /// <summary>
    /// Who the carer is, for telling a new carer (RNE P or B) from the same one (T or U): the name as typed, without
    /// the differences of case and spacing that do not make it someone else.
    /// </summary>
    public static string Carer(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    /// <summary>
    /// Police protection lasts at most 72 hours (Children Act 1989 s46(6)): true when an L1 status in the period has
    /// been held more than 3 days, until the status that followed, the end of the period, or <paramref name="today"/>
    /// when it is still the child's status. SSDA903 rule 361 flags the same spell in the return.
    /// </summary>
    public static bool PoliceProtectionOverran(CarePeriod period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        var statuses = period.LegalStatuses.OrderBy(s => s.From).ToList();
        for (var i = 0; i < statuses.Count; i++)
        {
            if (statuses[i].Code != "L1")
            {
                continue;
            }
            var until = i + 1 < statuses.Count ? statuses[i + 1].From : period.EndDate ?? today;
            if (until.DayNumber - statuses[i].From.DayNumber > PoliceProtectionDays)
            {
                return true;
            }
        }
        return false;
    }

    public const int PoliceProtectionDays = 3;

    public const string PoliceProtectionWarning =
        "Police protection cannot last more than 72 hours (Children Act 1989 s46(6)); record the legal status that followed";
}
