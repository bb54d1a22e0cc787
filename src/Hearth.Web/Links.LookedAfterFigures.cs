using System.Globalization;

namespace Hearth.Web;

/// <summary>The looked-after figures page (Pages/LookedAfterFigures): the figures an inspection quotes, each drillable to its children.</summary>
public static partial class Links
{
    public const string LookedAfterFigures = "/looked-after/figures";

    /// <summary>The figures as at <paramref name="asAt"/>, for the year ending on it (today when null).</summary>
    public static string LookedAfterFiguresAsAt(DateOnly? asAt) =>
        asAt is { } day ? $"{LookedAfterFigures}?date={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : LookedAfterFigures;

    /// <summary>One figure's children, counted and not, as at <paramref name="asAt"/>.</summary>
    public static string LookedAfterFigureChildren(string figure, DateOnly? asAt)
    {
        var link = $"{LookedAfterFigures}?figure={Uri.EscapeDataString(figure)}";
        return (asAt is { } day ? $"{link}&date={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : link) + "#children";
    }
}
