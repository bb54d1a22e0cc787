namespace Hearth.Core.Returns.CinCensus;

/// <summary>Something in a file Hearth cannot hold, with the line of the child it belongs to; any one refuses the file.</summary>
public sealed record CensusImportProblem(int Line, string Message);

/// <summary>What the import did, or would do in a dry run, for one child in the file.</summary>
public sealed record CensusImportChild(
    int Line,
    string LaChildId,
    Guid? PersonId,
    string? MatchedBy,
    int Episodes,
    int EpisodesAlreadyHeld,
    int Assessments,
    int CinPlans,
    int Section47s,
    int Conferences,
    int ChildProtectionPlans,
    int Reviews,
    int PreProceedings)
{
    public bool IsNewPerson => MatchedBy is null;
}

/// <summary>
/// The outcome of reading a census file into the record. Nothing is written unless every child can
/// be held (one transaction per file); a dry run reports the same without writing.
/// </summary>
public sealed record CensusImportResult(
    string FileName,
    bool DryRun,
    IReadOnlyList<CensusImportChild> Children,
    IReadOnlyList<CensusImportProblem> Problems,
    IReadOnlyList<CensusImportProblem> Notes)
{
    public bool Imported => !DryRun && Problems.Count == 0;
}
