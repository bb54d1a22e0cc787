using Hearth.Core.Data.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Cli;

public static class SeedCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, Options options)
    {
        var scale = options.Get("--scale") ?? "demo";
        var seed = options.GetInt("--seed", 42);
        await using var scope = services.CreateAsyncScope();
        switch (scale)
        {
            case "demo":
                var seeded = await DemoAuthority.SeedIfEmptyAsync(scope.ServiceProvider, options.GetInt("--people", 200), seed);
                Console.WriteLine(seeded ? "Seeded the demo authority." : "The database already has users; the demo authority was not seeded again.");
                return 0;
            case "county":
                var people = options.GetInt("--people", CountyScale.DefaultPeople);
                var progress = new Progress<CountyProgress>(p =>
                    Console.Error.Write($"\r  {p.Written:N0} of {p.Total:N0} people ({100.0 * p.Written / p.Total:0}%), {p.PerSecond:N0} a second   "));
                await CountyScale.SeedAsync(scope.ServiceProvider, people, seed, progress);
                Console.Error.WriteLine();
                Console.WriteLine($"Seeded {people:N0} synthetic people at county scale (seed {seed}).");
                return 0;
            default:
                throw new CommandException($"--scale must be demo or county, not '{scale}'.");
        }
    }
}
