namespace Hearth.Core.Returns.Ssda903.Rules;

// The cross-table families (INT0x, INT1x/INT21, INT3x): each rule of a family is one subclass.

/// <summary>
/// The INT0x family: every child in another table must also be in Header. Flags the row's CHILD.
/// </summary>
public abstract class ChildNotInHeaderRule(string table, Func<Ssda903Return, IEnumerable<Ssda903Row>> rows) : Ssda903Rule
{
    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var children = context.Current.Header.Select(h => h.ChildKey()).ToHashSet();
        return rows(context.Current)
            .Where(r => !children.Contains(r.ChildKey()))
            .Select(r => Finding(r, table, nameof(Ssda903Row.CHILD), r.CHILD));
    }
}

/// <summary>
/// The INT1x/INT21 family: a value another table repeats from Header (DOB, SEX) must agree with it.
/// Only compared when both sides can be read (an unreadable date is its own rule's finding) and the
/// child is in Header (if not, INT0x says so). Flags the other table's cell.
/// </summary>
public abstract class DiffersFromHeaderRule<TRow>(
    string table, string field, Func<Ssda903Return, IEnumerable<TRow>> rows, Func<TRow, string?> value, Func<HeaderRow, string?> headerValue)
    : Ssda903Rule where TRow : Ssda903Row
{
    /// <summary>The comparable form of a value, or null when it cannot be compared; dates by default.</summary>
    protected virtual object? Comparable(string? text) => Ssda903Date.Parse(text);

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var header = context.Current.Header.ToLookup(ChildrenInReturn.ChildKey, h => Comparable(headerValue(h)));
        foreach (var row in rows(context.Current))
        {
            var mine = Comparable(value(row));
            if (mine is not null && header[row.ChildKey()].Any(theirs => theirs is not null && !theirs.Equals(mine)))
            {
                yield return Finding(row, table, field, value(row));
            }
        }
    }
}

/// <summary>The INT3x family: a one-row-per-child table holds the child more than once. Flags every such row's CHILD.</summary>
public abstract class ChildMoreThanOnceRule(string table, Func<Ssda903Return, IEnumerable<Ssda903Row>> rows) : Ssda903Rule
{
    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        rows(context.Current)
            .GroupBy(ChildrenInReturn.ChildKey)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g)
            .Select(r => Finding(r, table, nameof(Ssda903Row.CHILD), r.CHILD));
}
