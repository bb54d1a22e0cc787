namespace Hearth.Core.Documents;

/// <summary>A plain letter to a referrer. Paragraphs may contain '\n' for hard line breaks.</summary>
public sealed record LetterDocument(string Title, string Letterhead, IReadOnlyList<string> Paragraphs);
