namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// Shared reading of a 903 return for the G0 rules (101-197): blank cells, cell findings, code and
/// date checks, birthdays, "looked after continuously for 12 months at 31 March" (the OC2 cohort),
/// (formerly) UASC children and placement postcodes.
/// </summary>
internal static class CareHistoryG0
{
    /// <summary>
    /// Episodes (other than V3/V4 short breaks) whose placement postcode is blank or not in the
    /// authority's postcode table, so that the placement's local authority and location (in or out of
    /// area) cannot be derived. Nothing when no postcode table is loaded.
    /// </summary>
    public static IEnumerable<EpisodeRow> PlacementPostcodeUnknown(Ssda903Context context) =>
        context.Postcodes is not { } postcodes
            ? []
            : context.Current.Episodes.Where(e => !EpisodeCodes.ShortBreaks.Is(e.LS)
                && (e.PL_POST.IsBlank() || postcodes.Find(e.PL_POST!.Trim()) is null));

    /// <summary>The six AD1 adoption items (151: all or none).</summary>
    public static IEnumerable<(string Field, string? Value)> AdoptionCells(Ad1Row a) =>
    [
        (nameof(Ad1Row.DATE_INT), a.DATE_INT), (nameof(Ad1Row.DATE_MATCH), a.DATE_MATCH), (nameof(Ad1Row.FOSTER_CARE), a.FOSTER_CARE),
        (nameof(Ad1Row.NB_ADOPTR), a.NB_ADOPTR), (nameof(Ad1Row.SEX_ADOPTR), a.SEX_ADOPTR), (nameof(Ad1Row.LS_ADOPTR), a.LS_ADOPTR),
    ];

    /// <summary>The three OC3 care leaver items (153: all or none).</summary>
    public static IEnumerable<(string Field, string? Value)> LeavingCareCells(Oc3Row o) =>
        [(nameof(Oc3Row.IN_TOUCH), o.IN_TOUCH), (nameof(Oc3Row.ACTIV), o.ACTIV), (nameof(Oc3Row.ACCOM), o.ACCOM)];

    /// <summary>The four OC2 items every child in the OC2 cohort must have (182, 191).</summary>
    public static IEnumerable<(string Field, string? Value)> CoreHealthCells(Oc2Row o) =>
    [
        (nameof(Oc2Row.IMMUNISATIONS), o.IMMUNISATIONS), (nameof(Oc2Row.TEETH_CHECK), o.TEETH_CHECK),
        (nameof(Oc2Row.HEALTH_ASSESSMENT), o.HEALTH_ASSESSMENT), (nameof(Oc2Row.SUBSTANCE_MISUSE), o.SUBSTANCE_MISUSE),
    ];

    /// <summary>The OC2 items other than the core four and the SDQ: conviction, health check and the two interventions.</summary>
    public static IEnumerable<(string Field, string? Value)> OtherHealthCells(Oc2Row o) =>
    [
        (nameof(Oc2Row.CONVICTED), o.CONVICTED), (nameof(Oc2Row.HEALTH_CHECK), o.HEALTH_CHECK),
        (nameof(Oc2Row.INTERVENTION_RECEIVED), o.INTERVENTION_RECEIVED), (nameof(Oc2Row.INTERVENTION_OFFERED), o.INTERVENTION_OFFERED),
    ];

    /// <summary>All eight 0/1 OC2 items (181, 190).</summary>
    public static IEnumerable<(string Field, string? Value)> HealthCells(Oc2Row o) => OtherHealthCells(o).Concat(CoreHealthCells(o));

    /// <summary>The SDQ score and the reason for no score.</summary>
    public static IEnumerable<(string Field, string? Value)> SdqCells(Oc2Row o) =>
        [(nameof(Oc2Row.SDQ_SCORE), o.SDQ_SCORE), (nameof(Oc2Row.SDQ_REASON), o.SDQ_REASON)];

    public static bool AnyFilled(this IEnumerable<(string Field, string? Value)> cells) => cells.Any(c => c.Value.IsFilled());
}
