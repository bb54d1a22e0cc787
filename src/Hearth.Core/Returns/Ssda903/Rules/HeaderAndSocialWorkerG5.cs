namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// The INT0x family: every child in another table must also be in Header. Flags the row's CHILD.
/// </summary>
public abstract class ChildNotInHeaderG5(string table, Func<Ssda903Return, IEnumerable<Ssda903Row>> rows) : Ssda903Rule
{
    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var children = context.Current.Header.Select(h => ChildKeyG5.Of(h)).ToHashSet();
        return rows(context.Current)
            .Where(r => !children.Contains(ChildKeyG5.Of(r)))
            .Select(r => Finding(r, table, nameof(Ssda903Row.CHILD), r.CHILD));
    }
}

/// <summary>
/// The INT1x/INT21 family: a value another table repeats from Header (DOB, SEX) must agree with it.
/// Only compared when both sides can be read (an unreadable date is its own rule's finding) and the
/// child is in Header (if not, INT0x says so). Flags the other table's cell.
/// </summary>
public abstract class DiffersFromHeaderG5<TRow>(
    string table, string field, Func<Ssda903Return, IEnumerable<TRow>> rows, Func<TRow, string?> value, Func<HeaderRow, string?> headerValue)
    : Ssda903Rule where TRow : Ssda903Row
{
    /// <summary>The comparable form of a value, or null when it cannot be compared; dates by default.</summary>
    protected virtual object? Comparable(string? text) => Ssda903Date.Parse(text);

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var header = context.Current.Header.ToLookup(ChildKeyG5.Of, h => Comparable(headerValue(h)));
        foreach (var row in rows(context.Current))
        {
            var mine = Comparable(value(row));
            if (mine is not null && header[ChildKeyG5.Of(row)].Any(theirs => theirs is not null && !theirs.Equals(mine)))
            {
                yield return Finding(row, table, field, value(row));
            }
        }
    }
}

/// <summary>The INT3x family: a one-row-per-child table holds the child more than once. Flags every such row's CHILD.</summary>
public abstract class ChildMoreThanOnceG5(string table, Func<Ssda903Return, IEnumerable<Ssda903Row>> rows) : Ssda903Rule
{
    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        rows(context.Current)
            .GroupBy(ChildKeyG5.Of)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g)
            .Select(r => Finding(r, table, nameof(Ssda903Row.CHILD), r.CHILD));
}

/// <summary>How the cross-table checks match a child: the CHILD id trimmed (a blank id matches a blank id).</summary>
public static class ChildKeyG5
{
    public static string Of(Ssda903Row row) => row.CHILD?.Trim() ?? "";
}

/// <summary>One social worker episode with its dates read (null when blank or not a date).</summary>
public sealed record SocialWorkerSpellG5(SwEpisodeRow Row, DateOnly? Start, DateOnly? End)
{
    /// <summary>
    /// Each child's social worker episodes that have a readable start, in start order (then end
    /// order, an open episode last). Episodes without a start are left to SW04STG1.
    /// </summary>
    public static IEnumerable<IReadOnlyList<SocialWorkerSpellG5>> ByChild(Ssda903Return ret) =>
        ret.SwEpisodes
            .Select(r => new SocialWorkerSpellG5(r, Ssda903Date.Parse(r.SW_DECOM), Ssda903Date.Parse(r.SW_DEC)))
            .Where(s => s.Start is not null)
            .GroupBy(s => ChildKeyG5.Of(s.Row))
            .Select(g => (IReadOnlyList<SocialWorkerSpellG5>)[.. g.OrderBy(s => s.Start).ThenBy(s => s.End ?? DateOnly.MaxValue)]);

    /// <summary>1 April 2023: social worker episodes before it need no reason for change (SW01aSTG1, SW01bSTG1).</summary>
    public static readonly DateOnly ReasonRequiredFrom = new(2023, 4, 1);
}
