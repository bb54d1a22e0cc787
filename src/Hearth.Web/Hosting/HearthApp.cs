using Hearth.Core.Data.Seeding;
using Hearth.Web.Api;
using Hearth.Web.Security;
using Serilog;
using Serilog.Events;

namespace Hearth.Web.Hosting;

/// <summary>Builds the web app: record services, security, pages, API, health, and logging that never holds personal data.</summary>
public static class HearthApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(DatabaseChoice.TranslateArguments(args));
        if (string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]) && string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }
        builder.Host.UseSerilog((context, services, log) => log
            .ReadFrom.Configuration(context.Configuration)
            .ReadFrom.Services(services)
            .MinimumLevel.Information()
            // The hosting and routing loggers write full URLs, and a search URL holds a name: keep them quiet.
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}"));

        var database = DatabaseChoice.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddHearthRecord(database);
        builder.Services.AddHearthSecurity(builder.Configuration);
        // The pages live in this assembly; naming it lets another host (the benchmarks) serve them too.
        builder.Services.AddRazorPages(options => options.Conventions.AddHearthConventions())
            .AddApplicationPart(typeof(HearthApp).Assembly);
        builder.Services.AddAntiforgery(options => options.HeaderName = "X-CSRF-TOKEN");
        builder.Services.AddOpenApi("v1");
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddPublicReferralRateLimit();

        var app = builder.Build();
        if (app.Configuration.GetValue("Hosting:BehindProxy", false))
        {
            // Behind a load balancer that ends TLS: trust its X-Forwarded-* so cookies are marked secure
            // and the Entra ID redirect address is https. Only set this when a proxy is really in front.
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }
        app.UseSerilogRequestLogging(options =>
        {
            // Path only, never the query string (which can hold a searched name).
            options.MessageTemplate = "{RequestMethod} {RequestPath} {StatusCode} in {Elapsed:0} ms";
        });
        app.UseExceptionHandler(ErrorHandling.Options);
        app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        app.UseStaticFiles();
        app.UseRouting();
        // After routing (the policy is the public form's endpoint metadata), before anything reads the body.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseFormLimits();
        app.UseAntiforgery();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi("/api/v1/openapi.json").AllowAnonymous();
        app.MapPeopleApi();
        app.MapFrontDoorApi();
        app.MapAssessmentApi();
        app.MapChildProtectionApi();
        app.MapChildInNeedApi();
        app.MapRazorPages();
        return app;
    }

    /// <summary>Migrates the database and seeds the demo authority on first start (unless Hearth:SeedDemo is false).</summary>
    public static async Task PrepareAsync(WebApplication app)
    {
        await HearthServices.MigrateAsync(app.Services);
        // The demo authority (with its published password) is seeded by default only on embedded SQLite:
        // a PostgreSQL database is a real authority's unless Hearth:SeedDemo=true says otherwise.
        var database = app.Services.GetRequiredService<DatabaseChoice>();
        var demo = app.Configuration.GetValue("Hearth:SeedDemo", database.Provider == DatabaseChoice.Sqlite);
        if (demo)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var seeded = await DemoAuthority.SeedIfEmptyAsync(scope.ServiceProvider, app.Configuration.GetValue("Hearth:DemoChildren", 200));
            if (seeded)
            {
                app.Logger.LogInformation("Seeded the demo authority.");
            }
        }
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = string.Join(", ", app.Urls);
            var signIns = demo
                ? $"Demo sign-ins (password for all: {DemoAuthority.DemoPassword}):{Environment.NewLine}"
                  + string.Join(Environment.NewLine, DemoAuthority.DemoUsers.Select(u => $"  {u.UserName,-22} {u.Role}"))
                : "Sign in with your own account.";
            Console.WriteLine($"""

                Hearth is running at {urls}
                Database: {database.Provider}
                {signIns}
                """);
        });
    }
}
