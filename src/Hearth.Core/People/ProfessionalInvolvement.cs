namespace Hearth.Core.People;

/// <summary>A professional involved with a person: their GP, school, health visitor and so on.</summary>
public sealed class ProfessionalInvolvement
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public InvolvementRole Role { get; set; }
    public string? ProfessionalName { get; set; }
    public string Organisation { get; set; } = "";
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
}

public enum InvolvementRole
{
    GeneralPractitioner = 1,
    School = 2,
    HealthVisitor = 3,
    SchoolNurse = 4,
    Midwife = 5,
    Paediatrician = 6,
    MentalHealthService = 7,
    Police = 8,
    ProbationService = 9,
    Housing = 10,
    EarlyYearsSetting = 11,
    YouthJustice = 12,
    Other = 99,
}
