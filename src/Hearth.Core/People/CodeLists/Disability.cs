namespace Hearth.Core.People.CodeLists;

/// <summary>
/// The CIN census disability codes (CIN census guide; validation rule 8540). A child may have
/// several; NONE stands alone (rule 8790) and no code appears twice (rule 8794).
/// Shared reference: statutory-data.md A.2.
/// </summary>
public static class Disability
{
    /// <summary>The code for a child with no disability.</summary>
    public const string None = "NONE";

    private static readonly CodeList List = new(
        new(None, "No disability"),
        new("MOB", "Mobility: getting about the house and beyond"),
        new("HAND", "Hand function: using hands to write or pick up objects"),
        new("PC", "Personal care: such as eating, washing, going to the toilet and dressing"),
        new("INC", "Incontinence: controlling the passage of urine or faeces"),
        new("COMM", "Communication: speaking and, or, understanding others"),
        new("LD", "Learning: understanding or learning new things"),
        new("HEAR", "Hearing"),
        new("VIS", "Vision"),
        new("BEH", "Behaviour: a condition with behavioural difficulties, including ADHD"),
        new("CON", "Consciousness: seizures"),
        new("AUT", "Diagnosed with autism or Asperger syndrome"),
        new("DDA", "Other: disabled under the Disability Discrimination Act definition, not in the categories above"));

    /// <summary>All 13 codes in the DfE's order.</summary>
    public static IReadOnlyList<CodeListEntry> All => List.All;

    /// <summary>True for one of the 13 codes (exact, upper case).</summary>
    public static bool IsValid(string? code) => List.IsValid(code);

    /// <summary>The label for a code, or null for a code not in the list.</summary>
    public static string? LabelFor(string? code) => List.LabelFor(code);

    /// <summary>
    /// Checks a child's set of disability codes against census rules 8540, 8790 and 8794.
    /// Returns a GOV.UK-style error message, or null when the selection can be recorded.
    /// An empty selection is allowed: the census item is optional.
    /// </summary>
    public static string? ValidateSelection(IReadOnlyCollection<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Any(c => !IsValid(c)))
        {
            return "Select a disability from the list";
        }

        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
        {
            return "Select each disability only once";
        }

        if (codes.Count > 1 && codes.Contains(None, StringComparer.Ordinal))
        {
            return "Select 'No disability' on its own, or select the child's disabilities";
        }

        return null;
    }
}
