using System.Diagnostics;
using Hearth.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Benchmarks;

/// <summary>
/// What every page load run shares: the real app on Kestrel (the same middleware, sign-in, logging
/// and access events as ./hearth run) on the chosen database, and timing a page from request to the
/// last byte of its body, with warm-up requests first.
/// </summary>
public static class PageLoad
{
    /// <summary>Reads "--requests N" and leaves the database options for the app.</summary>
    public static (int Requests, string[] AppArguments) Arguments(string[] args, int defaultRequests = 300)
    {
        var requests = defaultRequests;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--requests" && i + 1 < args.Length)
            {
                requests = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        return (requests, [.. rest]);
    }

    public static async Task<(WebApplication App, string Address)> StartAsync(string[] appArguments)
    {
        var app = HearthApp.Build([.. appArguments, "--urls", "http://127.0.0.1:0", "--Hearth:SeedDemo", "true"]);
        await HearthApp.PrepareAsync(app);
        await app.StartAsync();
        return (app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public static async Task MeasureAsync(HttpClient client, string name, string url, int requests)
    {
        for (var i = 0; i < 20; i++)
        {
            (await client.GetAsync(url)).EnsureSuccessStatusCode();
        }
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i < requests; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
            if (body.Length < 1000)
            {
                throw new InvalidOperationException($"{url} answered with {body.Length} bytes.");
            }
            bytes = body.Length;
        }
        times.Sort();
        Console.WriteLine($"  {name,-34} p50 {Percentiles.Of(times, 50),6:0.0} ms  p95 {Percentiles.Of(times, 95),6:0.0} ms  p99 {Percentiles.Of(times, 99),6:0.0} ms  max {times[^1],6:0.0} ms  ({bytes / 1024} KB)");
    }
}
