namespace Hearth.Core.People;

/// <summary>
/// How one person relates to another, stored once (from <see cref="PersonId"/> to
/// <see cref="RelatedPersonId"/>) and read from both sides through <see cref="RelationshipTypes"/>.
/// </summary>
public sealed class Relationship
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public Guid RelatedPersonId { get; set; }
    public RelationshipType Type { get; set; }
    /// <summary>Whether they live in the same household; drives the household view.</summary>
    public bool SameHousehold { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
}

/// <summary>Read as "PersonId is [type] of RelatedPersonId".</summary>
public enum RelationshipType
{
    ParentOf = 1,
    StepParentOf = 2,
    SiblingOf = 3,
    HalfSiblingOf = 4,
    StepSiblingOf = 5,
    GrandparentOf = 6,
    PartnerOfParentOf = 7,
    CarerOf = 8,
    PartnerOf = 9,
    HouseholdMemberWith = 10,
    AuntOrUncleOf = 11,
}
