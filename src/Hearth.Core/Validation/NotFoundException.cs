namespace Hearth.Core.Validation;

/// <summary>
/// The record does not exist, or exists but this user may not know that it does. Both answer the
/// same way (404) so that a restricted record's existence is never revealed (DESIGN.md idea 3).
/// </summary>
public sealed class RecordNotFoundException() : Exception("The record was not found.");
