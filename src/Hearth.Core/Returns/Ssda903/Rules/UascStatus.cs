namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// The UASC flag of the header (<see cref="HeaderRow.UASC"/>: the XML header's item, or set from the UASC table or
/// the record) and the UASC table's rows, by child, for 205A-D and 303.
/// </summary>
internal static class UascStatus
{
    /// <summary>Whether the return's header carries the flag at all: not when read from CSV files without a UASC file.</summary>
    public static bool Known(Ssda903Return ret) => ret.Header.Any(h => h.UASC.IsFilled());

    /// <summary>UASC coded 1. Anything else, blank included, is "not UASC", as the DfE validator reads it.</summary>
    public static bool IsUasc(HeaderRow? header) => header?.UASC.IsCode("1") == true;

    /// <summary>Each child's first UASC row, by child id.</summary>
    public static Dictionary<string, UascRow> RowsByChild(Ssda903Return ret) =>
        ret.Uasc.Where(u => u.CHILD.IsFilled()).GroupBy(u => u.CHILD!.Trim()).ToDictionary(g => g.Key, g => g.First());

    /// <summary>
    /// Each of this year's UASC rows with the child's header this year, and last year's UASC row and header (null
    /// when the child has none). Nothing without last year's return.
    /// </summary>
    public static IEnumerable<(UascRow Now, HeaderRow? Header, UascRow? Last, HeaderRow? LastHeader)> BothYears(Ssda903Context context)
    {
        if (context.Previous is null)
        {
            yield break;
        }

        var headers = context.Current.HeadersByChild();
        var lastRows = RowsByChild(context.Previous);
        var lastHeaders = context.Previous.HeadersByChild();
        foreach (var row in context.Current.Uasc.Where(u => u.CHILD.IsFilled()))
        {
            var child = row.CHILD!.Trim();
            yield return (row, headers.GetValueOrDefault(child), lastRows.GetValueOrDefault(child),
                lastRows.ContainsKey(child) ? lastHeaders.GetValueOrDefault(child) : null);
        }
    }

    /// <summary>The findings for a UASC row and its header: DUC on the UASC row, UASC on the header row.</summary>
    public static IEnumerable<Ssda903Finding> Flag(Ssda903Rule rule, UascRow row, HeaderRow? header)
    {
        yield return rule.Cell(row, Ssda903Table.Uasc, nameof(UascRow.DUC), row.DUC);
        if (header is not null)
        {
            yield return rule.Cell(header, Ssda903Table.Header, nameof(HeaderRow.UASC), header.UASC);
        }
    }
}
