namespace Hearth.Core.People.CodeLists;

/// <summary>One code in a statutory code list and the label shown to a user.</summary>
public sealed record CodeListEntry(string Code, string Label);
