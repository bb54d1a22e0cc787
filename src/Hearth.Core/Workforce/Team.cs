namespace Hearth.Core.Workforce;

public sealed class Team
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    public Guid? ManagerId { get; set; }
}
