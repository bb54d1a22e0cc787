namespace Hearth.Core.Assessment;

/// <summary>
/// The CIN census assessment factors (statutory-data.md A.2): A about the child, B a parent or carer,
/// C another person in the household. 21 "no factors identified" stands alone (rule 8869) and a code
/// appears once (rule 8898). 18A and 19A were withdrawn in 2021 (queries 8945Q/8950Q) and are not offered.
/// </summary>
public static class AssessmentFactors
{
    public const string NoFactors = "21";

    public static IReadOnlyList<(string Code, string Label)> All { get; } = Build();

    private static readonly Dictionary<string, string> ByCode = All.ToDictionary(f => f.Code, f => f.Label, StringComparer.Ordinal);

    public static bool IsValid(string code) => ByCode.ContainsKey(code);

    public static string Label(string code) => ByCode.TryGetValue(code, out var label) ? label : code;

    /// <summary>What is wrong with a set of factors, worded for the person choosing them; empty when they are valid.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyCollection<string> codes)
    {
        var problems = new List<string>();
        foreach (var code in codes.Where(c => !IsValid(c)).Distinct())
        {
            problems.Add($"{code} is not a CIN census assessment factor");
        }
        if (codes.GroupBy(c => c, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            problems.Add("Each factor can be chosen only once");
        }
        if (codes.Contains(NoFactors) && codes.Any(c => c != NoFactors))
        {
            problems.Add("“No factors identified” cannot be chosen with other factors");
        }
        return problems;
    }

    private static List<(string, string)> Build()
    {
        var list = new List<(string, string)>();
        void Three(int n, string topic)
        {
            list.Add(($"{n}A", $"{topic}: concerns about the child"));
            list.Add(($"{n}B", $"{topic}: concerns about the child’s parent or carer"));
            list.Add(($"{n}C", $"{topic}: concerns about another person living in the household"));
        }
        Three(1, "Alcohol misuse");
        Three(2, "Drug misuse");
        Three(3, "Domestic abuse");
        Three(4, "Mental health");
        Three(5, "Learning disability");
        Three(6, "Physical disability or illness");
        list.Add(("7A", "Young carer"));
        list.Add(("8B", "Privately fostered: overseas child who intends to return"));
        list.Add(("8C", "Privately fostered: overseas child who intends to stay"));
        list.Add(("8D", "Privately fostered: UK child in an educational placement"));
        list.Add(("8E", "Privately fostered: UK child whose parents are making alternative plans"));
        list.Add(("8F", "Privately fostered: UK child in other circumstances"));
        list.Add(("9A", "Unaccompanied asylum-seeking child"));
        list.Add(("10A", "Going or being missing"));
        list.Add(("11A", "Child sexual exploitation"));
        list.Add(("12A", "Trafficking"));
        list.Add(("13A", "Gangs"));
        list.Add(("14A", "Socially unacceptable behaviour"));
        list.Add(("15A", "Self-harm"));
        list.Add(("16A", "Neglect"));
        list.Add(("17A", "Emotional abuse"));
        list.Add(("18B", "Physical abuse: child on child"));
        list.Add(("18C", "Physical abuse: adult on child"));
        list.Add(("19B", "Sexual abuse: child on child"));
        list.Add(("19C", "Sexual abuse: adult on child"));
        list.Add(("20", "Other"));
        list.Add((NoFactors, "No factors identified"));
        list.Add(("22A", "Female genital mutilation"));
        list.Add(("23A", "Abuse linked to faith or belief"));
        list.Add(("24A", "Child criminal exploitation"));
        return list;
    }
}
