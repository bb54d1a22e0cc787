namespace Hearth.Core.Returns.CinCensus;

/// <summary>
/// Whose census to build: everyone (the return), one child (their record's data-quality panel) or a
/// team's open cases (the manager's view). Data is taken as it stood on <see cref="AsAt"/>.
/// </summary>
public sealed record CensusScope(Guid? PersonId = null, Guid? TeamId = null, DateOnly? AsAt = null)
{
    public static CensusScope Everyone { get; } = new();
}
