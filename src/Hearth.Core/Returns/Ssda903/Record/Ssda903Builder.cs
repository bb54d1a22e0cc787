using Hearth.Core.Data;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>The SSDA903 return built from the record (issue 6): no re-keying.</summary>
public sealed class Ssda903Builder(HearthDbContext db)
{
    public Task<Ssda903Return> BuildAsync(Ssda903Scope scope, CancellationToken ct = default)
    {
        _ = db;
        _ = scope;
        _ = ct;
        throw new NotImplementedException("Being built on branch 903-record.");
    }
}
