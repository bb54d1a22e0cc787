namespace Hearth.Core.People;

public static class InvolvementRoles
{
    public static string Label(InvolvementRole role) => role switch
    {
        InvolvementRole.GeneralPractitioner => "GP",
        InvolvementRole.School => "School",
        InvolvementRole.HealthVisitor => "Health visitor",
        InvolvementRole.SchoolNurse => "School nurse",
        InvolvementRole.Midwife => "Midwife",
        InvolvementRole.Paediatrician => "Paediatrician",
        InvolvementRole.MentalHealthService => "Mental health service",
        InvolvementRole.Police => "Police",
        InvolvementRole.ProbationService => "Probation",
        InvolvementRole.Housing => "Housing",
        InvolvementRole.EarlyYearsSetting => "Early years setting",
        InvolvementRole.YouthJustice => "Youth justice",
        _ => "Other",
    };
}
