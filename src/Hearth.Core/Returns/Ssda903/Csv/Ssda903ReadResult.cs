namespace Hearth.Core.Returns.Ssda903.Csv;

/// <summary>One problem found reading the SSDA903 files; <see cref="Message"/> is a whole sentence for the person who uploaded them.</summary>
/// <param name="FileName">The file, as it was given to the reader.</param>
/// <param name="Row">The data row (1 = the first row after the header), or 0 for the header or the whole file.</param>
public sealed record Ssda903ReadProblem(string FileName, int Row, string Message);

/// <summary>What reading a set of SSDA903 CSV files gave: the return, or the reasons it could not be read.</summary>
public sealed class Ssda903ReadResult
{
    internal Ssda903ReadResult(Ssda903Return? ret, IReadOnlyDictionary<string, string> tables,
        IReadOnlyList<Ssda903ReadProblem> errors, IReadOnlyList<Ssda903ReadProblem> warnings)
    {
        Return = errors.Count == 0 ? ret : null;
        Tables = tables;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The return, or null when there are errors: a half-read set of files is never returned.</summary>
    public Ssda903Return? Return { get; }

    /// <summary>Each file recognised, by file name, with the table (<see cref="Ssda903Table"/>) its header says it holds.</summary>
    public IReadOnlyDictionary<string, string> Tables { get; }

    public IReadOnlyList<Ssda903ReadProblem> Errors { get; }

    /// <summary>Things Hearth read past (empty lines, a missing Header or Episodes file) that do not stop the return being read.</summary>
    public IReadOnlyList<Ssda903ReadProblem> Warnings { get; }

    public bool IsReadable => Errors.Count == 0;
}

public sealed class Ssda903ReadOptions
{
    public static readonly Ssda903ReadOptions Default = new();

    /// <summary>
    /// The largest file read, 50 MB by default. The episodes of 10,000 children looked after come
    /// to about 5 MB, so anything far bigger is a wrong file or an attack, refused before it is all read.
    /// </summary>
    public long MaxBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Reading stops after this many errors: the first hundred say what to fix.</summary>
    public int MaxErrors { get; init; } = 100;
}
