using Hearth.Core.Returns.Ssda903;

namespace Hearth.Core.CareLeavers;

/// <summary>
/// Labels for the OC3 code lists (IN_TOUCH, ACTIV, ACCOM; statutory-data.md B.2, the DfE SSDA903 guide). The codes
/// themselves are <see cref="Ssda903Codes"/>'s, so the forms offer exactly what the return accepts.
/// </summary>
public static class CareLeaverCodes
{
    public static readonly IReadOnlyList<(string Code, string Label)> InTouch =
    [
        ("YES", "Yes, in touch"),
        ("NO", "No, not in touch"),
        ("DIED", "The young person has died"),
        ("REFU", "The young person refuses contact"),
        ("NREQ", "The young person no longer needs services"),
        ("RHOM", "The young person has returned home to parents for 6 months or more"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> Activity =
    [
        ("F1", "Full-time in higher education"),
        ("P1", "Part-time in higher education"),
        ("F2", "Full-time in education other than higher education"),
        ("P2", "Part-time in education other than higher education"),
        ("F4", "Full-time in training or employment"),
        ("P4", "Part-time in training or employment"),
        ("F5", "Full-time apprenticeship"),
        ("P5", "Part-time apprenticeship"),
        ("G4", "Not in education, training or employment: illness or disability"),
        ("G5", "Not in education, training or employment: other reasons"),
        ("G6", "Not in education, training or employment: pregnancy or parenting"),
        ("0", "Not known (not in touch)"),
    ];

    /// <summary>ACCOM's first letter: the kind of accommodation. The code adds 1 (suitable) or 2 (unsuitable).</summary>
    public static readonly IReadOnlyList<(string Letter, string Label)> AccommodationType =
    [
        ("B", "With parents or relatives"),
        ("C", "Community home or other residential care, such as NHS"),
        ("D", "Semi-independent, transitional accommodation"),
        ("E", "Supported lodgings"),
        ("G", "Gone abroad"),
        ("H", "Deported"),
        ("K", "Ordinary lodgings, without formal support"),
        ("R", "Residence not known"),
        ("S", "No fixed abode or homeless"),
        ("T", "Foyer or similar supported accommodation"),
        ("U", "Independent living"),
        ("V", "Emergency accommodation"),
        ("W", "Bed and breakfast"),
        ("X", "In custody"),
        ("Y", "Other accommodation"),
        ("Z", "With former foster carers"),
    ];

    public static string? InTouchLabel(string? code) => InTouch.FirstOrDefault(c => c.Code == code).Label;

    public static string? ActivityLabel(string? code) => Activity.FirstOrDefault(c => c.Code == code).Label;

    /// <summary>"Supported lodgings, suitable" for E1; "Not known" for 0.</summary>
    public static string? AccommodationLabel(string? code)
    {
        if (code == "0")
        {
            return "Not known (not in touch)";
        }
        if (code is not { Length: 2 } || !Ssda903Codes.Accommodation.Is(code))
        {
            return null;
        }
        var type = AccommodationType.FirstOrDefault(a => a.Letter == code[..1]).Label;
        return $"{type}, {(code[1] == '1' ? "suitable" : "unsuitable")}";
    }
}
