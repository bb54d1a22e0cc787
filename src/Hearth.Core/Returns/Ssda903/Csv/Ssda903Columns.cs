using System.Reflection;

namespace Hearth.Core.Returns.Ssda903.Csv;

/// <summary>
/// One SSDA903 table as a CSV file: its name, its file name, and its columns in the order the DfE
/// validator expects them (statutory-data.md B.1). The columns are the row class's public string
/// properties in declaration order, CHILD first, so the header written and the values written can
/// never disagree, and a column added to a row class is at once in the header, the reader and the writer.
/// </summary>
public abstract class Ssda903CsvTable
{
    private protected Ssda903CsvTable(string name, string fileName, Type rowType, int firstYear)
    {
        Name = name;
        FileName = fileName;
        RowType = rowType;
        FirstYear = firstYear;
        Properties = ColumnProperties(rowType);
        Columns = [.. Properties.Select(p => p.Name)];
        HeaderLine = string.Join(',', Columns);
    }

    /// <summary>The table's name as the DfE validator reports it (<see cref="Ssda903Table"/>).</summary>
    public string Name { get; }

    /// <summary>The file Hearth writes the table to: "episodes.csv".</summary>
    public string FileName { get; }

    public Type RowType { get; }

    /// <summary>The first collection year (its StartYear) the table is part of the return: 2023 for SWEpisodes, 2026 for DoLo.</summary>
    public int FirstYear { get; }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>The exact header line: the columns joined by commas.</summary>
    public string HeaderLine { get; }

    private protected IReadOnlyList<PropertyInfo> Properties { get; }

    /// <summary>The table's rows in <paramref name="ret"/>.</summary>
    public abstract IReadOnlyList<Ssda903Row> RowsOf(Ssda903Return ret);

    /// <summary>A row's values, in column order.</summary>
    public string?[] Values(Ssda903Row row) => [.. Properties.Select(p => (string?)p.GetValue(row))];

    /// <summary>A new row numbered <paramref name="row"/> with <paramref name="values"/> in column order, added to <paramref name="ret"/>.</summary>
    internal abstract Ssda903Row Add(Ssda903Return ret, int row, IReadOnlyList<string?> values);

    private protected void Fill(Ssda903Row target, IReadOnlyList<string?> values)
    {
        for (var i = 0; i < Properties.Count; i++)
        {
            Properties[i].SetValue(target, values[i]);
        }
    }

    /// <summary>
    /// CHILD (declared on <see cref="Ssda903Row"/>) first, then the row class's own public string
    /// properties in the order they are declared (metadata order, which is source order).
    /// </summary>
    private static PropertyInfo[] ColumnProperties(Type rowType)
    {
        var own = rowType.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.PropertyType == typeof(string) && p.CanRead && p.CanWrite)
            .Where(p => p.Name is not (nameof(Ssda903Row.Row) or nameof(Ssda903Row.PersonId) or nameof(Ssda903Row.CHILD)))
            .Where(p => !p.IsDefined(typeof(NotInCsvAttribute)))
            .OrderBy(p => p.MetadataToken);
        return [typeof(Ssda903Row).GetProperty(nameof(Ssda903Row.CHILD))!, .. own];
    }
}

public sealed class Ssda903CsvTable<TRow> : Ssda903CsvTable
    where TRow : Ssda903Row, new()
{
    private readonly Func<Ssda903Return, List<TRow>> _rows;

    internal Ssda903CsvTable(string name, string fileName, Func<Ssda903Return, List<TRow>> rows, int firstYear = 0)
        : base(name, fileName, typeof(TRow), firstYear) => _rows = rows;

    public override IReadOnlyList<Ssda903Row> RowsOf(Ssda903Return ret) => _rows(ret);

    public IReadOnlyList<TRow> TypedRowsOf(Ssda903Return ret) => _rows(ret);

    internal override Ssda903Row Add(Ssda903Return ret, int row, IReadOnlyList<string?> values)
    {
        var created = new TRow { Row = row };
        Fill(created, values);
        _rows(ret).Add(created);
        return created;
    }
}

/// <summary>The SSDA903 tables as CSV files, in the order statutory-data.md B.1 lists them.</summary>
public static class Ssda903Columns
{
    public static readonly Ssda903CsvTable<HeaderRow> Header = new(Ssda903Table.Header, "header.csv", r => r.Header);
    public static readonly Ssda903CsvTable<EpisodeRow> Episodes = new(Ssda903Table.Episodes, "episodes.csv", r => r.Episodes);
    public static readonly Ssda903CsvTable<ReviewRow> Reviews = new(Ssda903Table.Reviews, "reviews.csv", r => r.Reviews);
    public static readonly Ssda903CsvTable<UascRow> Uasc = new(Ssda903Table.Uasc, "uasc.csv", r => r.Uasc);
    public static readonly Ssda903CsvTable<Oc2Row> Oc2 = new(Ssda903Table.Oc2, "oc2.csv", r => r.Oc2);
    public static readonly Ssda903CsvTable<Oc3Row> Oc3 = new(Ssda903Table.Oc3, "oc3.csv", r => r.Oc3);
    public static readonly Ssda903CsvTable<Ad1Row> Ad1 = new(Ssda903Table.Ad1, "ad1.csv", r => r.Ad1);

    public static readonly Ssda903CsvTable<PlacedAdoptionRow> PlacedAdoption =
        new(Ssda903Table.PlacedAdoption, "placed_for_adoption.csv", r => r.PlacedAdoption);

    public static readonly Ssda903CsvTable<PrevPermRow> PrevPerm = new(Ssda903Table.PrevPerm, "previous_permanence.csv", r => r.PrevPerm);
    public static readonly Ssda903CsvTable<MissingRow> Missing = new(Ssda903Table.Missing, "missing.csv", r => r.Missing);

    public static readonly Ssda903CsvTable<SwEpisodeRow> SwEpisodes =
        new(Ssda903Table.SwEpisodes, "social_worker_episodes.csv", r => r.SwEpisodes, firstYear: 2023);

    public static readonly Ssda903CsvTable<DoloRow> Dolo = new(Ssda903Table.Dolo, "dolo.csv", r => r.Dolo, firstYear: 2026);

    public static readonly IReadOnlyList<Ssda903CsvTable> All =
        [Header, Episodes, Reviews, Uasc, Oc2, Oc3, Ad1, PlacedAdoption, PrevPerm, Missing, SwEpisodes, Dolo];

    /// <summary>The tables in the return for the collection year starting in <paramref name="startYear"/>.</summary>
    public static IEnumerable<Ssda903CsvTable> For(int startYear) => All.Where(t => t.FirstYear <= startYear);
}
