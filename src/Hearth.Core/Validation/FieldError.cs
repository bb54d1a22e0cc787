namespace Hearth.Core.Validation;

/// <summary>
/// One thing wrong with what a user entered, worded as the GOV.UK Design System's error messages
/// are ("Enter ...", "... must be ..."), tied to the field so the page can link the error summary to it.
/// </summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// Thrown by a service before it changes anything, so bad input never leaves half a change behind.
/// Pages turn it into an error summary; the API into a 400 problem document.
/// </summary>
public sealed class ValidationFailedException(IReadOnlyList<FieldError> errors)
    : Exception(string.Join("; ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public static ValidationFailedException For(string field, string message) => new([new FieldError(field, message)]);
}

/// <summary>Collects errors while a service checks its input, then throws them all at once.</summary>
public sealed class ErrorList
{
    private readonly List<FieldError> errors = [];

    public void Add(string field, string message) => errors.Add(new FieldError(field, message));

    public void Required(string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, message);
        }
    }

    public void MaxLength(string field, string? value, int max, string label)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, $"{label} must be {max} characters or fewer");
        }
    }

    public bool Any => errors.Count > 0;

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors.ToList());
        }
    }
}
