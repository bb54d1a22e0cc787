namespace Hearth.Core.Workforce;

/// <summary>The roles of DESIGN.md idea 6. A user holds one; what it allows is <see cref="PermissionMatrix"/>.</summary>
public enum Role
{
    SocialWorker = 1,
    SeniorPractitioner = 2,
    TeamManager = 3,
    ServiceManager = 4,
    FrontDoorWorker = 5,
    IndependentReviewingOfficer = 6,
    Lado = 7,
    BusinessSupport = 8,
    PerformanceAnalyst = 9,
    Auditor = 10,
    Administrator = 11,
}

public static class RoleNames
{
    public static string Label(this Role role) => role switch
    {
        Role.SocialWorker => "Social worker",
        Role.SeniorPractitioner => "Senior practitioner",
        Role.TeamManager => "Team manager",
        Role.ServiceManager => "Service manager",
        Role.FrontDoorWorker => "Front door (MASH) worker",
        Role.IndependentReviewingOfficer => "IRO and CP chair",
        Role.Lado => "LADO",
        Role.BusinessSupport => "Business support",
        Role.PerformanceAnalyst => "Performance analyst",
        Role.Auditor => "Auditor (read-only)",
        Role.Administrator => "Administrator",
        _ => role.ToString(),
    };
}
