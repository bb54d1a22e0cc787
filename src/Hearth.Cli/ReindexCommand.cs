using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.People.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Cli;

/// <summary>
/// Rebuilds every person's search keys from their names, in batches with progress. Needed after an
/// upgrade that changes how names are keyed; searching keeps working (with the old keys) while it runs.
/// </summary>
public static class ReindexCommand
{
    private const int BatchSize = 2_000;

    public static async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
        var total = await db.People.CountAsync();
        var done = 0;
        Guid? after = null;
        while (true)
        {
            var batch = await db.People.AsNoTracking().Include(p => p.Names)
                .Where(p => after == null || p.Id.CompareTo(after.Value) > 0)
                .OrderBy(p => p.Id).Take(BatchSize).ToListAsync();
            if (batch.Count == 0)
            {
                break;
            }
            await using var transaction = await db.Database.BeginTransactionAsync();
            var ids = batch.Select(p => p.Id).ToList();
            await db.PersonSearchKeys.Where(k => ids.Contains(k.PersonId)).ExecuteDeleteAsync();
            db.PersonSearchKeys.AddRange(batch.Where(p => p.MergedIntoId == null).SelectMany(PersonSearchKeys.For));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            db.ChangeTracker.Clear();
            done += batch.Count;
            after = batch[^1].Id;
            Console.Error.Write($"\r  {done:N0} of {total:N0} people re-keyed ({100.0 * done / Math.Max(total, 1):0}%)   ");
        }
        Console.Error.WriteLine();
        Console.WriteLine($"Rebuilt the search keys of {done:N0} people.");
        return 0;
    }
}
