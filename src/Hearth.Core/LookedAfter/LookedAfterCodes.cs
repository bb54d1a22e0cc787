using Hearth.Core.Returns.Ssda903;

namespace Hearth.Core.LookedAfter;

/// <summary>A code with the words a worker reads beside it.</summary>
public sealed record CodeLabel(string Code, string Label);

/// <summary>
/// The SSDA903 codes a worker chooses from when recording a period of care, in the order the DfE guidance lists them,
/// with their labels (statutory-data.md B.2). The sets that validate them are <see cref="Ssda903Codes"/>; these lists
/// only add the words, once.
/// </summary>
public static class LookedAfterCodes
{
    /// <summary>CIN: category of need (as the CIN census).</summary>
    public static readonly IReadOnlyList<CodeLabel> CategoriesOfNeed =
    [
        new("N1", "Abuse or neglect"),
        new("N2", "Child's disability"),
        new("N3", "Parental illness or disability"),
        new("N4", "Family in acute stress"),
        new("N5", "Family dysfunction"),
        new("N6", "Socially unacceptable behaviour"),
        new("N7", "Low income"),
        new("N8", "Absent parenting"),
    ];

    /// <summary>LS: the legal status under which the child is looked after.</summary>
    public static readonly IReadOnlyList<CodeLabel> LegalStatuses =
    [
        new("C1", "Interim care order"),
        new("C2", "Full care order"),
        new("D1", "Freeing order granted"),
        new("E1", "Placement order granted"),
        new("V2", "Single period of accommodation under section 20"),
        new("V3", "Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded"),
        new("V4", "Accommodated under an agreed series of short-term breaks, when agreements are recorded"),
        new("L1", "Under police protection and in local authority accommodation"),
        new("L2", "Emergency protection order"),
        new("L3", "Under child assessment order and in local authority accommodation"),
        new("J1", "Remanded to local authority accommodation or to youth detention accommodation"),
        new("J2", "Placed in local authority accommodation under the Police and Criminal Evidence Act 1984"),
        new("J3", "Sentenced to a youth rehabilitation order with residence or intensive fostering requirement"),
    ];

    /// <summary>PLACE from 2025 to 2026 (rule 146). The DfE labels for Z11 to Z14 were not to hand, so they say only what they replace.</summary>
    public static readonly IReadOnlyList<CodeLabel> PlacementTypes =
    [
        new("A3", "Placed for adoption with parental or guardian consent with current foster carers"),
        new("A4", "Placed for adoption with parental or guardian consent not with current foster carers"),
        new("A5", "Placed for adoption with placement order with current foster carers"),
        new("A6", "Placed for adoption with placement order not with current foster carers"),
        new("K1", "Secure children's home"),
        new("K2", "Children's home"),
        new("K3", "Registered supported accommodation"),
        new("P1", "Placed with own parent or other person with parental responsibility"),
        new("P3", "Residential employment"),
        new("R1", "Residential care home"),
        new("R2", "NHS or health trust establishment providing medical or nursing care"),
        new("R3", "Family centre or mother and baby unit"),
        new("R5", "Young offender institution or prison"),
        new("S1", "All residential schools, except where dual-registered as a school and children's home"),
        new("T0", "Temporary placement: all types of temporary move"),
        new("T1", "Temporary periods in hospital"),
        new("T2", "Temporary absences of the child on holiday"),
        new("T3", "Temporary accommodation whilst normal foster carer is on holiday"),
        new("T4", "Temporary accommodation of seven days or less, for any reason, not covered by T1 to T3"),
        new("U1", "Foster placement with relative or friend: long-term fostering"),
        new("U2", "Foster placement with relative or friend who is also an approved adopter: fostering for adoption or concurrent planning"),
        new("U3", "Foster placement with relative or friend: not long-term or fostering for adoption"),
        new("U4", "Foster placement with other foster carer: long-term fostering"),
        new("U5", "Foster placement with other foster carer who is also an approved adopter: fostering for adoption or concurrent planning"),
        new("U6", "Foster placement with other foster carer: not long-term or fostering for adoption"),
        new("Z11", "Other placement (Z11, one of the codes that replaced Z1 from 2025 to 2026)"),
        new("Z12", "Other placement (Z12, one of the codes that replaced Z1 from 2025 to 2026)"),
        new("Z13", "Other placement (Z13, one of the codes that replaced Z1 from 2025 to 2026)"),
        new("Z14", "Other placement (Z14, one of the codes that replaced Z1 from 2025 to 2026)"),
    ];

    /// <summary>PLACE_PROVIDER.</summary>
    public static readonly IReadOnlyList<CodeLabel> PlacementProviders =
    [
        new("PR0", "Parent or other person with parental responsibility"),
        new("PR1", "Own provision (by the local authority)"),
        new("PR2", "Other local authority provision"),
        new("PR3", "Other public provision (for example a primary care trust)"),
        new("PR4", "Private provision"),
        new("PR5", "Voluntary or third sector provision"),
    ];

    /// <summary>Placement types with no provider: PLACE_PROVIDER is left blank for these (903 rules 178 and 213).</summary>
    public static readonly IReadOnlySet<string> PlacementTypesWithoutProvider =
        new HashSet<string> { "T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14" };

    /// <summary>REASON_PLACE_CHANGE: why the child moved.</summary>
    public static readonly IReadOnlyList<CodeLabel> ReasonsForMove =
    [
        new("CARPL", "Change to the care plan, to implement it"),
        new("CLOSE", "Resignation or closure of the provision"),
        new("ALLEG", "Allegation (section 47 enquiry)"),
        new("STAND", "Standards of care concern"),
        new("APPRR", "Approval removed"),
        new("CREQB", "Carer requests the placement ends because of the child's behaviour"),
        new("CREQO", "Carer requests the placement ends for other reasons"),
        new("CHILD", "Child requests the placement ends"),
        new("LAREQ", "Responsible or area authority requests the placement ends"),
        new("PLACE", "Change in the status of the placement only"),
        new("CUSTOD", "Custody arrangement"),
        new("OTHER", "Other"),
    ];

    /// <summary>REC: why the child ceased to be looked after. X1 is never chosen: it only joins one derived episode to the next.</summary>
    public static readonly IReadOnlyList<CodeLabel> ReasonsCeased =
    [
        new("E11", "Adopted: application for an adoption order unopposed"),
        new("E12", "Adopted: consent dispensed with by the court"),
        new("E2", "Died"),
        new("E3", "Care taken over by another local authority in the UK"),
        new("E4A", "Returned home to live with parents, relatives or other person with parental responsibility, as part of the care plan"),
        new("E4B", "Returned home to live with parents, relatives or other person with parental responsibility, not as part of the care plan"),
        new("E13", "Left care to live with parents, relatives or other person with no parental responsibility"),
        new("E41", "Residence order or child arrangements order granted"),
        new("E45", "Special guardianship order made to former foster carers"),
        new("E46", "Special guardianship order made to carers other than former foster carers"),
        new("E47", "Special guardianship order made to relatives or friends who were former foster carers"),
        new("E48", "Special guardianship order made to relatives or friends who were not the child's foster carers"),
        new("E5", "Moved into independent living, with supportive accommodation"),
        new("E6", "Moved into independent living, with no formalised support"),
        new("E7", "Transferred to residential care funded by adult social care"),
        new("E8", "Period of being looked after ceased for any other reason"),
        new("E9", "Sentenced to custody"),
        new("E14", "Accommodation on remand ended"),
        new("E15", "Age assessment determined the child is 18 or over"),
        new("E16", "Child moved abroad"),
        new("E17", "Aged 18 or over and remained with current carers"),
    ];

    public static string PermanenceLabel(PermanenceGoal goal) => goal switch
    {
        PermanenceGoal.ReturnHome => "Return to family",
        PermanenceGoal.Kinship => "Living with relatives or friends",
        PermanenceGoal.SpecialGuardianship => "Special guardianship order",
        PermanenceGoal.Adoption => "Adoption",
        PermanenceGoal.LongTermFosterCare => "Long-term foster care",
        PermanenceGoal.Other => "Other",
        _ => goal.ToString(),
    };

    public static string SiblingsLabel(SiblingArrangement siblings) => siblings switch
    {
        SiblingArrangement.NoSiblingsLookedAfter => "No brothers or sisters looked after",
        SiblingArrangement.PlacedTogether => "Placed with all brothers and sisters looked after",
        SiblingArrangement.PlacedApart => "Placed apart from brothers and sisters looked after",
        SiblingArrangement.SomeTogether => "Placed with some brothers and sisters looked after",
        _ => siblings.ToString(),
    };

    /// <summary>"U6 Foster placement ..." for a code in <paramref name="list"/>, or the code alone when it is not listed.</summary>
    public static string Describe(IReadOnlyList<CodeLabel> list, string? code) =>
        code is null ? "" : list.FirstOrDefault(c => c.Code == code) is { } found ? $"{found.Code} {found.Label}" : code;

    /// <summary>The label alone, or the code when it is not listed.</summary>
    public static string Label(IReadOnlyList<CodeLabel> list, string? code) =>
        code is null ? "" : list.FirstOrDefault(c => c.Code == code)?.Label ?? code;
}
