using BenchmarkDotNet.Running;

namespace Hearth.Benchmarks;

public static class BenchmarkProgram
{
    /// <summary>
    /// ./hearth bench search --sqlite data/bench.db [--queries 1000]   load run of person search (p50/p95)
    /// ./hearth bench search --postgres "Host=..." [--queries 1000]
    /// ./hearth bench frontdoor --sqlite data/bench-frontdoor.db [--requests 500]   queue and decision pages over HTTP
    /// ./hearth bench casework --sqlite data/bench-casework.db [--requests 300]   team view and chronology over HTTP
    /// ./hearth bench census --sqlite data/bench-census.db [--children 30000] [--seed 42] [--runs 3]
    ///                                  CIN census for a county year: loads the synthetic cohort if missing, then times
    ///                                  generate + validate + write and validation alone of the file, each in a fresh process
    /// ./hearth bench census --postgres "Host=..." [--children 30000]
    /// ./hearth bench census-export --sqlite FILE --out census.xml      one measured export (what "census" runs)
    /// ./hearth bench census-validate census.xml                        one measured validation of a file (no database)
    /// ./hearth bench ssda903 --sqlite data/bench-903.db [--in-care 1200] [--care-leavers 6000] [--runs 3]
    ///                                  SSDA903 for a county with ten years of history: loads it if missing, then times
    ///                                  build (this year and last) + validate + write CSV, each run in a fresh process
    /// ./hearth bench ssda903-export --sqlite FILE --out DIR            one measured export (what "ssda903" runs)
    /// ./hearth bench [BenchmarkDotNet arguments]                       micro-benchmarks
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "search")
        {
            return await PersonSearchLoadRun.RunAsync(args[1..]);
        }
        if (args.Length > 0 && args[0] == "casework")
        {
            return await CaseworkLoadRun.RunAsync(args[1..]);
        }
        if (args.Length > 0 && args[0] == "frontdoor")
        {
            return await FrontDoorLoadRun.RunAsync(args[1..]);
        }
        if (args.Length > 0 && args[0] == "census")
        {
            return await CensusLoadRun.RunAsync(args[1..]);
        }
        if (args.Length > 0 && args[0] == "census-export")
        {
            return await CensusLoadRun.ExportAsync(args[1..]);
        }
        if (args.Length > 0 && args[0] == "census-validate")
        {
            return await CensusLoadRun.ValidateAsync(args[1..]);
        }
        if (args.Length > 0 && args[0] == "ssda903")
        {
            return await Ssda903LoadRun.RunAsync(args[1..]);
        }
        if (args.Length > 0 && args[0] == "ssda903-export")
        {
            return await Ssda903LoadRun.ExportAsync(args[1..]);
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
