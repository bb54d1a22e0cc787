namespace Hearth.Web.Pages.Shared;

/// <summary>Turns a model-state key ("Input.DateOfBirth") into the id of the field the error summary links to.</summary>
public static class FieldIds
{
    public static string For(string key) => key.Replace('.', '_').Replace('[', '_').Replace(']', '_');

    /// <summary>Date inputs link their error to the day box, as the Design System's date input does.</summary>
    public static string Day(string key) => For(key) + "_Day";
}
