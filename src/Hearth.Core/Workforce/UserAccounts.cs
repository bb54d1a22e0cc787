using System.Security.Cryptography;
using System.Text;
using Hearth.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Workforce;

public enum SignInOutcome
{
    SignedIn = 1,
    WrongDetails = 2,
    LockedOut = 3,
}

/// <summary>
/// Local accounts for embedded and demo use, and API tokens. Five wrong passwords lock an account
/// for 15 minutes (NCSC: throttle guessing rather than force frequent changes).
/// </summary>
public sealed class UserAccounts(HearthDbContext db, TimeProvider clock)
{
    public const int MaximumFailedSignIns = 5;
    public static readonly TimeSpan LockOutFor = TimeSpan.FromMinutes(15);

    public async Task<(SignInOutcome Outcome, User? User)> SignInAsync(string? userName, string? password, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return (SignInOutcome.WrongDetails, null);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName.Trim().ToLowerInvariant() && u.IsActive, ct);
        if (user?.PasswordHash is null)
        {
            return (SignInOutcome.WrongDetails, null);
        }
        if (user.LockedUntil is { } until && until > now)
        {
            return (SignInOutcome.LockedOut, null);
        }
        if (!PasswordHashing.Verify(password, user.PasswordHash))
        {
            user.FailedSignIns++;
            if (user.FailedSignIns >= MaximumFailedSignIns)
            {
                user.LockedUntil = now + LockOutFor;
                user.FailedSignIns = 0;
            }
            await db.SaveChangesAsync(ct);
            return (user.LockedUntil > now ? SignInOutcome.LockedOut : SignInOutcome.WrongDetails, null);
        }
        user.FailedSignIns = 0;
        user.LockedUntil = null;
        await db.SaveChangesAsync(ct);
        return (SignInOutcome.SignedIn, user);
    }

    public async Task<User> CreateAsync(string userName, string displayName, Role role, Guid? teamId, string? password, CancellationToken ct = default)
    {
        var user = new User
        {
            UserName = userName.Trim().ToLowerInvariant(),
            DisplayName = displayName,
            Role = role,
            TeamId = teamId,
            PasswordHash = password is null ? null : PasswordHashing.Hash(password),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <summary>Issues a bearer token for the API. The plain token is returned once; only its hash is stored.</summary>
    public async Task<string> IssueApiTokenAsync(Guid userId, string name, TimeSpan lifetime, CancellationToken ct = default)
    {
        var token = "hearth_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        var now = clock.GetUtcNow().UtcDateTime;
        db.ApiTokens.Add(new ApiToken { UserId = userId, Name = name, TokenHash = HashToken(token), CreatedAt = now, ExpiresAt = now + lifetime });
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>Revokes every live token of a user (a lost laptop, a leaked script); returns how many.</summary>
    public async Task<int> RevokeApiTokensAsync(Guid userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var live = await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(ct);
        live.ForEach(t => t.RevokedAt = now);
        await db.SaveChangesAsync(ct);
        return live.Count;
    }

    public async Task<User?> FindByApiTokenAsync(string token, CancellationToken ct = default)
    {
        var hash = HashToken(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = await db.ApiTokens.Where(t => t.TokenHash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Select(t => (Guid?)t.UserId).SingleOrDefaultAsync(ct);
        return userId is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.IsActive, ct);
    }

    private static string HashToken(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
