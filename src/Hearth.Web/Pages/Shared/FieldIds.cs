namespace Hearth.Web.Pages.Shared;

/// <summary>Turns a model-state key ("Input.DateOfBirth") into the id of the field the error summary links to.</summary>
public static class FieldIds
{
    public static string For(string key) => key.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
