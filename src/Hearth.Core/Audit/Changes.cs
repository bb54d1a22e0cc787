using System.Reflection;

namespace Hearth.Core.Audit;

/// <summary>
/// Lists the fields that differ between two snapshots of the same record type, so an
/// "updated" event carries exactly what changed as well as the whole Old and New.
/// </summary>
public static class Changes
{
    public static IReadOnlyList<FieldChange> Between<T>(T old, T @new) where T : notnull
    {
        var changes = new List<FieldChange>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
            {
                continue;
            }
            var before = Format(property.GetValue(old));
            var after = Format(property.GetValue(@new));
            if (before != after)
            {
                changes.Add(new FieldChange(property.Name, before, after));
            }
        }
        return changes;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        System.Collections.IEnumerable list when value is not string =>
            string.Join(", ", list.Cast<object?>().Select(Format)),
        DateOnly date => date.ToString("yyyy-MM-dd"),
        _ => value.ToString(),
    };
}
