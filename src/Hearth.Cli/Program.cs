namespace Hearth.Cli;

public static class CliProgram
{
    public static Task<int> Main(string[] args) => CommandLine.RunAsync(args);
}
