namespace Hearth.Core.People;

/// <summary>
/// Words for a relationship from either side, using the person's sex where English has
/// different words (mother/father, sister/brother). Kept here so pages and API agree.
/// </summary>
public static class RelationshipTypes
{
    public static bool IsSymmetric(RelationshipType type) => type is RelationshipType.SiblingOf
        or RelationshipType.HalfSiblingOf or RelationshipType.StepSiblingOf
        or RelationshipType.PartnerOf or RelationshipType.HouseholdMemberWith;

    /// <summary>What the subject is to the other person, e.g. "Mother" when the subject is a female parent.</summary>
    public static string Describe(RelationshipType type, bool fromSubjectSide, string subjectSex) => (type, fromSubjectSide) switch
    {
        (RelationshipType.ParentOf, true) => Gendered(subjectSex, "Mother", "Father", "Parent"),
        (RelationshipType.ParentOf, false) => Gendered(subjectSex, "Daughter", "Son", "Child"),
        (RelationshipType.StepParentOf, true) => Gendered(subjectSex, "Stepmother", "Stepfather", "Step-parent"),
        (RelationshipType.StepParentOf, false) => Gendered(subjectSex, "Stepdaughter", "Stepson", "Stepchild"),
        (RelationshipType.SiblingOf, _) => Gendered(subjectSex, "Sister", "Brother", "Sibling"),
        (RelationshipType.HalfSiblingOf, _) => Gendered(subjectSex, "Half-sister", "Half-brother", "Half-sibling"),
        (RelationshipType.StepSiblingOf, _) => Gendered(subjectSex, "Stepsister", "Stepbrother", "Step-sibling"),
        (RelationshipType.GrandparentOf, true) => Gendered(subjectSex, "Grandmother", "Grandfather", "Grandparent"),
        (RelationshipType.GrandparentOf, false) => Gendered(subjectSex, "Granddaughter", "Grandson", "Grandchild"),
        (RelationshipType.PartnerOfParentOf, true) => "Partner of parent",
        (RelationshipType.PartnerOfParentOf, false) => "Child of partner",
        (RelationshipType.CarerOf, true) => "Carer",
        (RelationshipType.CarerOf, false) => "Cared for",
        (RelationshipType.PartnerOf, _) => "Partner",
        (RelationshipType.HouseholdMemberWith, _) => "Household member",
        (RelationshipType.AuntOrUncleOf, true) => Gendered(subjectSex, "Aunt", "Uncle", "Aunt or uncle"),
        (RelationshipType.AuntOrUncleOf, false) => Gendered(subjectSex, "Niece", "Nephew", "Niece or nephew"),
        _ => type.ToString(),
    };

    /// <summary>Labels for the "how are they related" question, read as "[related person] is the ... of [person]".</summary>
    public static readonly IReadOnlyList<(RelationshipType Type, string Label)> Choices =
    [
        (RelationshipType.ParentOf, "Parent"),
        (RelationshipType.StepParentOf, "Step-parent"),
        (RelationshipType.SiblingOf, "Sibling"),
        (RelationshipType.HalfSiblingOf, "Half-sibling"),
        (RelationshipType.StepSiblingOf, "Step-sibling"),
        (RelationshipType.GrandparentOf, "Grandparent"),
        (RelationshipType.AuntOrUncleOf, "Aunt or uncle"),
        (RelationshipType.PartnerOfParentOf, "Partner of a parent"),
        (RelationshipType.CarerOf, "Carer"),
        (RelationshipType.PartnerOf, "Partner"),
        (RelationshipType.HouseholdMemberWith, "Household member"),
    ];

    private static string Gendered(string sex, string female, string male, string neutral) => sex switch
    {
        "F" => female,
        "M" => male,
        _ => neutral,
    };
}
