namespace Hearth.Core.Workforce;

/// <summary>
/// A member of staff. Local password fields are used only when Hearth runs embedded; with
/// OpenID Connect the user is matched on <see cref="ExternalSubject"/> and has no password here.
/// </summary>
public sealed class User
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Email { get; set; }
    public Role Role { get; set; }
    public Guid? TeamId { get; set; }
    public Team? Team { get; set; }
    public bool IsActive { get; set; } = true;
    public string? PasswordHash { get; set; }
    public int FailedSignIns { get; set; }
    public DateTime? LockedUntil { get; set; }
    public string? ExternalSubject { get; set; }

    /// <summary>
    /// The worker's Social Work England registration number (e.g. SW123456), when they are a registered social worker.
    /// The 903 reports it as SW_ID (rule SW02STG1).
    /// </summary>
    public string? SocialWorkEnglandNumber { get; set; }
}
