using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Cli;

/// <summary>Issues a bearer token for the API to a named user: the token acts with that user's role and restrictions.</summary>
public static class ApiTokenCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, Options options)
    {
        var userName = options.Get("--user") ?? throw new CommandException("give the user, like --user social.worker");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName.ToLowerInvariant() && u.IsActive)
            ?? throw new CommandException($"there is no active user '{userName}'.");
        if (options.Values.ContainsKey("--revoke"))
        {
            var revoked = await scope.ServiceProvider.GetRequiredService<UserAccounts>().RevokeApiTokensAsync(user.Id);
            Console.WriteLine($"Revoked {revoked} API token(s) of {user.DisplayName}.");
            return 0;
        }
        var days = options.GetInt("--days", 90);
        var token = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .IssueApiTokenAsync(user.Id, options.Get("--name") ?? "command line", TimeSpan.FromDays(days));
        Console.WriteLine($"API token for {user.DisplayName} ({user.Role.Label()}), valid for {days} days. It is shown only once:");
        Console.WriteLine(token);
        Console.WriteLine("Use it as: curl -H \"Authorization: Bearer <token>\" http://127.0.0.1:5080/api/v1/people?q=smith");
        return 0;
    }
}
