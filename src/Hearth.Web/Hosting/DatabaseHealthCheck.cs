using Hearth.Core.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hearth.Web.Hosting;

/// <summary>/health is healthy only when the database answers, so a load balancer stops sending work to a server that cannot save it.</summary>
public sealed class DatabaseHealthCheck(HearthDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
}
