using Hearth.Core.Workforce;

namespace Hearth.Core.Data.Seeding;

/// <summary>
/// One demo sign-in per role, printed by <c>./hearth run</c>. Only ever created in a fresh demo database. The social
/// workers and their managers have synthetic Social Work England numbers (SW9000nn, not real registrations) so the
/// demo's 903 reports SW_ID as a live authority would.
/// </summary>
public sealed record DemoUser(string UserName, string DisplayName, Role Role, string Team, string? SocialWorkEnglandNumber = null);

public static class DemoStaff
{
    public const string Password = "hearth-demo-2026";

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("social.worker", "Sam Okafor", Role.SocialWorker, "Assessment Team North", "SW900001"),
        new("social.worker2", "Priya Nair", Role.SocialWorker, "Assessment Team North", "SW900002"),
        new("senior.practitioner", "Joe Barker", Role.SeniorPractitioner, "Assessment Team North", "SW900003"),
        new("team.manager", "Helen Marsh", Role.TeamManager, "Assessment Team North", "SW900004"),
        new("service.manager", "Ade Williams", Role.ServiceManager, "Safeguarding Service", "SW900005"),
        new("front.door", "Kim Lee", Role.FrontDoorWorker, "Front Door and MASH"),
        new("iro", "Rachel Stone", Role.IndependentReviewingOfficer, "Independent Reviewing Service"),
        new("lado", "Tom Hughes", Role.Lado, "Safeguarding Service"),
        new("business.support", "Ann Patel", Role.BusinessSupport, "Front Door and MASH"),
        new("performance", "Chris Doyle", Role.PerformanceAnalyst, "Performance and Insight"),
        new("auditor", "Lesley Grant", Role.Auditor, "Quality Assurance"),
        new("admin", "Morgan Reid", Role.Administrator, "Systems"),
    ];
}
