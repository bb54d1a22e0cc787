namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>One cell a rule flags: the row, its table, the column and the value sent.</summary>
public readonly record struct FlaggedCell(Ssda903Row Row, string Table, string Field, string? Value);

/// <summary>
/// The cells a rule's findings point at: a 903 finding is one per flagged cell (table, row, column and
/// the value sent), as the DfE validator reports them (statutory-data.md B).
/// </summary>
internal static class FindingCells
{
    private static readonly Dictionary<Type, string> Tables = new()
    {
        [typeof(HeaderRow)] = Ssda903Table.Header,
        [typeof(EpisodeRow)] = Ssda903Table.Episodes,
        [typeof(ReviewRow)] = Ssda903Table.Reviews,
        [typeof(UascRow)] = Ssda903Table.Uasc,
        [typeof(Oc2Row)] = Ssda903Table.Oc2,
        [typeof(Oc3Row)] = Ssda903Table.Oc3,
        [typeof(Ad1Row)] = Ssda903Table.Ad1,
        [typeof(PlacedAdoptionRow)] = Ssda903Table.PlacedAdoption,
        [typeof(PrevPermRow)] = Ssda903Table.PrevPerm,
        [typeof(MissingRow)] = Ssda903Table.Missing,
        [typeof(SwEpisodeRow)] = Ssda903Table.SwEpisodes,
        [typeof(DoloRow)] = Ssda903Table.Dolo,
    };

    /// <summary>The named columns of <paramref name="row"/> (its properties of those names) with their values.</summary>
    public static IEnumerable<(string Field, string? Value)> Named(Ssda903Row row, params string[] fields) =>
        fields.Select(field => (field, row.Value(field)));

    /// <summary>The named columns of <paramref name="row"/> as cells to flag, with the row's table.</summary>
    public static IEnumerable<FlaggedCell> Flagged(Ssda903Row row, params string[] fields) =>
        Named(row, fields).Select(c => new FlaggedCell(row, Tables[row.GetType()], c.Field, c.Value));

    /// <summary>A finding for one cell: the rule's code and message, the row's child, person and row number.</summary>
    public static Ssda903Finding Cell(this Ssda903Rule rule, Ssda903Row row, string table, string field, string? value) =>
        new(row.CHILD, rule.Code, table, row.Row, field, value) { PersonId = row.PersonId, Message = rule.Message };

    /// <summary>One finding for each of the row's cells (field name and value) chosen by <paramref name="which"/>.</summary>
    public static IEnumerable<Ssda903Finding> Cells(this Ssda903Rule rule, Ssda903Row row, string table,
        IEnumerable<(string Field, string? Value)> cells, Func<string?, bool>? which = null) =>
        cells.Where(c => which is null || which(c.Value)).Select(c => rule.Cell(row, table, c.Field, c.Value));

    /// <summary>Cells that hold something that is not a dd/mm/yyyy date (and blank ones too when <paramref name="blankIsInvalid"/>).</summary>
    public static IEnumerable<Ssda903Finding> InvalidDates<T>(this Ssda903Rule rule, IEnumerable<T> rows, string table,
        string field, Func<T, string?> value, bool blankIsInvalid = false) where T : Ssda903Row =>
        rows.Where(r => Ssda903Date.IsInvalid(value(r)) || (blankIsInvalid && value(r).IsBlank()))
            .Select(r => rule.Cell(r, table, field, value(r)));

    /// <summary>Cells whose value is not one of <paramref name="codes"/> (blank ones only when <paramref name="blankIsInvalid"/>).</summary>
    public static IEnumerable<Ssda903Finding> InvalidCodes<T>(this Ssda903Rule rule, IEnumerable<T> rows, string table,
        string field, Func<T, string?> value, IReadOnlySet<string> codes, bool blankIsInvalid = false) where T : Ssda903Row =>
        rows.Where(r => value(r).IsBlank() ? blankIsInvalid : !codes.Is(value(r)))
            .Select(r => rule.Cell(r, table, field, value(r)));

    /// <summary>One finding for each named column of <paramref name="row"/>, with the value sent.</summary>
    public static IEnumerable<Ssda903Finding> Cells(this Ssda903Rule rule, Ssda903Row row, string table, params string[] fields) =>
        rule.Cells(row, table, Named(row, fields));

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
