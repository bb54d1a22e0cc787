namespace Hearth.Core.Returns.CinCensus.Xml;

/// <summary>
/// One problem found reading a census file. <see cref="Message"/> is a whole sentence for the
/// person who uploaded the file, starting "Line 42:" when the problem has a place in the file.
/// </summary>
/// <param name="Line">The 1-based line, or 0 when the problem is with the whole file (its size, say).</param>
/// <param name="Column">The 1-based column, or 0 when not known.</param>
public sealed record CensusReadProblem(int Line, int Column, string Message)
{
    /// <summary>A problem at a place in the file; <paramref name="text"/> continues "Line 42: ...".</summary>
    internal static CensusReadProblem At(int line, int column, string text) =>
        line > 0 ? new(line, column, $"Line {line}: {text}") : WholeFile(char.ToUpperInvariant(text[0]) + text[1..]);

    internal static CensusReadProblem WholeFile(string text) => new(0, 0, text);
}

/// <summary>What reading a census file gave: the message, or the reasons it could not be read.</summary>
public sealed class CensusReadResult
{
    internal CensusReadResult(CensusMessage? message, IReadOnlyList<CensusReadProblem> errors, IReadOnlyList<CensusReadProblem> warnings)
    {
        Message = errors.Count == 0 ? message : null;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The census, or null when there are errors: a half-read file is never returned.</summary>
    public CensusMessage? Message { get; }

    public IReadOnlyList<CensusReadProblem> Errors { get; }

    /// <summary>Things Hearth read past (stray text between elements) that the DfE's schema check may still refuse.</summary>
    public IReadOnlyList<CensusReadProblem> Warnings { get; }

    public bool IsReadable => Errors.Count == 0;
}

public sealed class CensusReadOptions
{
    public static readonly CensusReadOptions Default = new();

    /// <summary>
    /// The largest file read, 100 MB by default. A census of 30,000 children is about 40 MB, so
    /// anything far bigger is a wrong file or an attack, and is refused before it is all read.
    /// </summary>
    public long MaxBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>
    /// Reading stops after this many errors: a file wrong on every child would otherwise list
    /// thousands of the same problem, and the first hundred say what to fix.
    /// </summary>
    public int MaxErrors { get; init; } = 100;
}
