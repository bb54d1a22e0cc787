namespace Hearth.Core.People.Identity;

/// <summary>Which of the three date inputs an error message is about, so the page can highlight them.</summary>
[Flags]
public enum DateInputParts
{
    /// <summary>No input.</summary>
    None = 0,

    /// <summary>The day input.</summary>
    Day = 1,

    /// <summary>The month input.</summary>
    Month = 2,

    /// <summary>The year input.</summary>
    Year = 4,

    /// <summary>The whole date.</summary>
    All = Day | Month | Year,
}

/// <summary>
/// The result of reading a GOV.UK date input: either a date, or one error message and the
/// inputs it is about (the Design System highlights only the inputs that need fixing).
/// </summary>
public sealed record DateParseResult
{
    private DateParseResult(DateOnly? value, string? error, DateInputParts errorParts)
    {
        Value = value;
        Error = error;
        ErrorParts = errorParts;
    }

    /// <summary>The date, when valid.</summary>
    public DateOnly? Value { get; }

    /// <summary>The GOV.UK error message, when not valid.</summary>
    public string? Error { get; }

    /// <summary>The inputs to highlight with the error.</summary>
    public DateInputParts ErrorParts { get; }

    /// <summary>True when <see cref="Value"/> holds a date.</summary>
    public bool IsValid => Value is not null;

    /// <summary>A valid date.</summary>
    public static DateParseResult Success(DateOnly value) => new(value, null, DateInputParts.None);

    /// <summary>An error about the given inputs.</summary>
    public static DateParseResult Failure(string error, DateInputParts parts) => new(null, error, parts);
}
