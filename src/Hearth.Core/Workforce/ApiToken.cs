namespace Hearth.Core.Workforce;

/// <summary>
/// A bearer token issued to a user for the API. Only its SHA-256 hash is kept, so a copy of the
/// database does not give anyone a working token.
/// </summary>
public sealed class ApiToken
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid UserId { get; init; }
    public string Name { get; init; } = "";
    public string TokenHash { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
    public DateTime? RevokedAt { get; set; }
}
