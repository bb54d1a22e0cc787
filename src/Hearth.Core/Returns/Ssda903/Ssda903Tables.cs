namespace Hearth.Core.Returns.Ssda903;

/// <summary>
/// The SSDA903 return's tables, one row class each, with the exact CSV column names of
/// statutory-data.md B.1 (the DfE validator identifies a CSV by its header). Every value is kept as
/// the text the file (or the record) gives, because the rules exist to report invalid codes and dates
/// (101 sex, 1004 "not a valid date"...); <see cref="Ssda903Date"/> reads dates when a rule needs one.
/// </summary>
/// <summary>
/// A value the model keeps that is not a column of the DfE's CSV table (UASC on the header, which only the XML form
/// carries): <see cref="Csv.Ssda903Columns"/> leaves it out of the header, the reader and the writer.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotInCsvAttribute : Attribute;

public abstract class Ssda903Row
{
    /// <summary>The data row in its CSV (1 = the first row after the header); 0 when built from the record.</summary>
    public int Row { get; init; }

    /// <summary>The person on the record, when built from or matched to one.</summary>
    public Guid? PersonId { get; set; }

    public string? CHILD { get; set; }
}

public sealed class HeaderRow : Ssda903Row
{
    public string? SEX { get; set; }
    public string? DOB { get; set; }
    public string? ETHNIC { get; set; }
    public string? UPN { get; set; }
    public string? MOTHER { get; set; }
    public string? MC_DOB { get; set; }

    /// <summary>
    /// UASC: 1 when the child is (or was this year) an unaccompanied asylum-seeking child, 0 when not. The XML
    /// header carries it; the CSV header does not, so the CSV reader sets it from the UASC table (1 for a child in
    /// it, 0 for one not, as the DfE validator's ingress does) and the builder from the record's
    /// LookedAfterChildProfile.UnaccompaniedAsylumSeeker. Null when not known: the rules that need it (205A-D, 303) then pass the child by.
    /// </summary>
    [NotInCsv]
    public string? UASC { get; set; }
}

public sealed class EpisodeRow : Ssda903Row
{
    public string? DECOM { get; set; }
    public string? RNE { get; set; }
    public string? LS { get; set; }
    public string? CIN { get; set; }
    public string? PLACE { get; set; }
    public string? PLACE_PROVIDER { get; set; }
    public string? DEC { get; set; }
    public string? REC { get; set; }
    public string? REASON_PLACE_CHANGE { get; set; }
    public string? HOME_POST { get; set; }
    public string? PL_POST { get; set; }
    public string? URN { get; set; }

    /// <summary>
    /// PL_LOCATION as the record holds it: IN (placed inside the authority's boundary) or OUT, from the placement's
    /// out-of-area flag. Neither the CSV nor the XML carries it (the DfE derives it from PL_POST), so it is null for
    /// a return read from files, and the rules (411, 503J) then derive it from the postcode.
    /// </summary>
    [NotInCsv]
    public string? PL_LOCATION { get; set; }
}

public sealed class ReviewRow : Ssda903Row
{
    public string? DOB { get; set; }
    public string? REVIEW { get; set; }
    public string? REVIEW_CODE { get; set; }
}

public sealed class UascRow : Ssda903Row
{
    public string? SEX { get; set; }
    public string? DOB { get; set; }
    public string? DUC { get; set; }
}

/// <summary>OC2: children looked after for 12 months or more at 31 March.</summary>
public sealed class Oc2Row : Ssda903Row
{
    public string? DOB { get; set; }
    public string? SDQ_SCORE { get; set; }
    public string? SDQ_REASON { get; set; }
    public string? CONVICTED { get; set; }
    public string? HEALTH_CHECK { get; set; }
    public string? IMMUNISATIONS { get; set; }
    public string? TEETH_CHECK { get; set; }
    public string? HEALTH_ASSESSMENT { get; set; }
    public string? SUBSTANCE_MISUSE { get; set; }
    public string? INTERVENTION_RECEIVED { get; set; }
    public string? INTERVENTION_OFFERED { get; set; }
}

/// <summary>OC3: care leavers around their 17th to 21st birthdays.</summary>
public sealed class Oc3Row : Ssda903Row
{
    public string? DOB { get; set; }
    public string? IN_TOUCH { get; set; }
    public string? ACTIV { get; set; }
    public string? ACCOM { get; set; }
}

public sealed class Ad1Row : Ssda903Row
{
    public string? DOB { get; set; }
    public string? DATE_INT { get; set; }
    public string? DATE_MATCH { get; set; }
    public string? FOSTER_CARE { get; set; }
    public string? NB_ADOPTR { get; set; }
    public string? SEX_ADOPTR { get; set; }
    public string? LS_ADOPTR { get; set; }
}

public sealed class PlacedAdoptionRow : Ssda903Row
{
    public string? DOB { get; set; }
    public string? DATE_PLACED { get; set; }
    public string? DATE_PLACED_CEASED { get; set; }
    public string? REASON_PLACED_CEASED { get; set; }
}

public sealed class PrevPermRow : Ssda903Row
{
    public string? DOB { get; set; }
    public string? PREV_PERM { get; set; }
    public string? LA_PERM { get; set; }
    public string? DATE_PERM { get; set; }
}

public sealed class MissingRow : Ssda903Row
{
    public string? DOB { get; set; }
    public string? MISSING { get; set; }
    public string? MIS_START { get; set; }
    public string? MIS_END { get; set; }
}

/// <summary>SWEpisodes (2023-24 onward): the child's allocated social worker over time.</summary>
public sealed class SwEpisodeRow : Ssda903Row
{
    public string? DOB { get; set; }
    public string? SW_ID { get; set; }
    public string? SW_DECOM { get; set; }
    public string? SW_DEC { get; set; }
    public string? SW_REASON { get; set; }
}

/// <summary>DoLO (2026-27 onward): deprivation of liberty orders.</summary>
public sealed class DoloRow : Ssda903Row
{
    public string? DOB { get; set; }
    public string? DOLO_START { get; set; }
    public string? DOLO_END { get; set; }
}
