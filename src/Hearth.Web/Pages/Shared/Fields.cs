namespace Hearth.Web.Pages.Shared;

/// <summary>What the field partials need: the model-state key (also the input's name), label, value and hint.</summary>
public sealed record TextField(string Key, string Label, string? Value, string? Hint = null, string? Width = null,
    string? Autocomplete = null, bool LabelIsHeading = false, string Type = "text", string? InputMode = null);

public sealed record DateField(string Key, string Legend, DateParts Value, string? Hint = null, bool LegendIsHeading = false);

public sealed record Choice(string Value, string Text, string? Hint = null)
{
    /// <summary>Yes or no, posted as "true" or "false".</summary>
    public static IReadOnlyList<Choice> YesNo { get; } = [new("true", "Yes"), new("false", "No")];
}

public sealed record ChoiceField(string Key, string Legend, IReadOnlyList<Choice> Choices, IReadOnlyCollection<string> Selected,
    string? Hint = null, bool Multiple = false, bool Inline = false, bool LegendIsHeading = false);

public sealed record TextAreaField(string Key, string Label, string? Value, string? Hint = null, int Rows = 8);

public sealed record SelectField(string Key, string Label, IReadOnlyList<Choice> Choices, string? Selected, string? Hint = null, string? EmptyText = "Select");
