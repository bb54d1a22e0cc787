namespace Hearth.Core.People;

public enum NameKind
{
    Legal = 1,
    Preferred = 2,
    Alias = 3,
    Previous = 4,
}

/// <summary>A name a person has, or had: names change (adoption, marriage, choice) and searches must find old ones.</summary>
public sealed class PersonName
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public NameKind Kind { get; set; }
    public string GivenNames { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    public string FullName => $"{GivenNames} {FamilyName}".Trim();
}
