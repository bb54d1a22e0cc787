namespace Hearth.Web.Pages.Shared;

/// <summary>Reads the value of a posted radio or select as one of an enum's names.</summary>
public static class FormChoice
{
    /// <summary>
    /// The enum value a form posted, or null for nothing, a number, or anything not in the list (the
    /// service then says "Select ..."). Numbers are refused because the pages only ever post names.
    /// </summary>
    public static T? Parse<T>(string? value) where T : struct, Enum =>
        Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;
}
