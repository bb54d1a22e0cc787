using Hearth.Core.Documents;

namespace Hearth.Core.Chronology;

/// <summary>The chronology as a PDF for court or a transfer: one paragraph per entry, "date — source — what happened — impact".</summary>
public static class ChronologyPdf
{
    public static byte[] Render(string childName, string reference, ChronologyFilter filter, IReadOnlyList<ChronologyLine> lines, DateOnly printedOn)
    {
        var paragraphs = new List<string>
        {
            $"Chronology for {childName} ({reference}), printed on {printedOn:d MMMM yyyy}.{Describe(filter)}",
        };
        if (lines.Count == 0)
        {
            paragraphs.Add("There are no entries.");
        }
        paragraphs.AddRange(lines.Select(Paragraph));
        return PdfLetter.Render(new LetterDocument($"Chronology: {childName}", "Hearthshire Council children's social care", paragraphs));
    }

    public static string Paragraph(ChronologyLine line)
    {
        var text = $"{line.Date:d MMMM yyyy} — {line.Source} — {line.WhatHappened}";
        if (line.Significant)
        {
            text += " — Significant";
        }
        if (!string.IsNullOrEmpty(line.Impact))
        {
            text += $" — Impact: {line.Impact}";
        }
        return text;
    }

    private static string Describe(ChronologyFilter filter)
    {
        var parts = new List<string>();
        if (filter.SignificantOnly)
        {
            parts.Add("significant entries only");
        }
        if (filter.From is { } from)
        {
            parts.Add($"from {from:d MMMM yyyy}");
        }
        if (filter.To is { } to)
        {
            parts.Add($"to {to:d MMMM yyyy}");
        }
        if (!string.IsNullOrEmpty(filter.Source))
        {
            parts.Add($"source: {filter.Source}");
        }
        return parts.Count == 0 ? "" : $" Filtered: {string.Join(", ", parts)}.";
    }
}
