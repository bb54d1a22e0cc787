namespace Hearth.Cli;

/// <summary>Where a command's --findings go: a file, or standard output for "-".</summary>
public static class FindingsOutput
{
    public static async Task WriteAsync(string path, Action<TextWriter> write)
    {
        if (path == "-")
        {
            write(Console.Out);
            await Console.Out.FlushAsync();
            return;
        }
        await using var file = new StreamWriter(path);
        write(file);
    }
}
