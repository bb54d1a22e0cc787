using Hearth.Core.Audit;

namespace Hearth.Core.Returns.CinCensus;

/// <summary>A child's history brought in from a census file: on their History, naming the file it came from.</summary>
public sealed record CensusHistoryImported(
    Guid PersonId,
    string LaChildId,
    bool NewPerson,
    string FileName,
    string FileSha256,
    int Episodes,
    int Assessments,
    int Section47s,
    int ChildProtectionPlans) : IProcessEvent
{
    public string Summary =>
        $"History imported from CIN census file {FileName}: {Episodes} episode(s), {Assessments} assessment(s), {Section47s} section 47 enquiry(ies), {ChildProtectionPlans} child protection plan(s)";
}

/// <summary>A census query explained: the reason the flagged value is right.</summary>
public sealed record CensusQueryExplained(Guid PersonId, string RuleCode, string Table, string Field, string? Value, string Reason) : IProcessEvent
{
    public string Summary => $"CIN census query {RuleCode} explained ({Table} {Field}): {Reason}";
}

/// <summary>The census built from the record and downloaded as the DfE file: about the return as a whole, so no subjects.</summary>
public sealed record CensusExported(string Year, int Children, int Episodes, int Errors, int Queries) : IProcessEvent
{
    public const string Process = "Returns.CinCensusExport";

    public string Summary => $"CIN census {Year} downloaded: {Children} children, {Episodes} episode(s), {Errors} error(s), {Queries} query(ies)";
}
