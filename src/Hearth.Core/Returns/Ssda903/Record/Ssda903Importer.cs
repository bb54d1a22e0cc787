using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Returns.CinCensus;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>A problem that refuses the import (with its table and row), or a note on what was kept as given.</summary>
public sealed record Ssda903ImportProblem(string Table, int Row, string Child, string Message);

/// <summary>What the import did or, on a dry run, would do for one child.</summary>
public sealed record Ssda903ImportChild(string ChildId, Guid? PersonId, bool Created, IReadOnlyList<string> Changes);

public sealed record Ssda903ImportResult(
    string SourceName,
    bool DryRun,
    IReadOnlyList<Ssda903ImportChild> Children,
    IReadOnlyList<Ssda903ImportProblem> Problems,
    IReadOnlyList<Ssda903ImportProblem> Notes)
{
    public bool Imported => !DryRun && Problems.Count == 0;
}

/// <summary>
/// Brings an earlier year's SSDA903 return into the record as history (issue 6): kept as the files say even where
/// rules are broken (those become findings), all-or-nothing, refusing only what the record cannot hold.
/// </summary>
public sealed class Ssda903Importer(HearthDbContext db, EventRecorder events)
{
    public const string Process = "Returns.Ssda903Import";

    public Task<Ssda903ImportResult> ImportAsync(Ssda903Return file, CensusYear year, string sourceName, string sourceSha256,
        bool dryRun, ProcessContext ctx, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        _ = (db, events, file, year, sourceName, sourceSha256, dryRun, ctx, progress, ct);
        throw new NotImplementedException("Being built on branch 903-record.");
    }
}
