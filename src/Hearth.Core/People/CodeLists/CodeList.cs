namespace Hearth.Core.People.CodeLists;

/// <summary>Lookup shared by the code lists. Codes are matched exactly, as the DfE validators do.</summary>
internal sealed class CodeList
{
    private readonly Dictionary<string, string> labels;

    public CodeList(params CodeListEntry[] entries)
    {
        All = entries;
        labels = entries.ToDictionary(e => e.Code, e => e.Label, StringComparer.Ordinal);
    }

    public IReadOnlyList<CodeListEntry> All { get; }

    public bool IsValid(string? code) => code is not null && labels.ContainsKey(code);

    public string? LabelFor(string? code) => code is not null && labels.TryGetValue(code, out var label) ? label : null;
}
