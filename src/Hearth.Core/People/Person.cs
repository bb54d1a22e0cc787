namespace Hearth.Core.People;

/// <summary>
/// A child or adult known to the service (DESIGN.md idea 1). Identifiers are held in their
/// normalised form and validated on the way in by <see cref="PersonService"/>.
/// </summary>
public sealed class Person
{
    public Guid Id { get; init; } = Guid.NewGuid();
    /// <summary>The authority's own reference, shown to staff and used as LAchildID in returns.</summary>
    public string Reference { get; init; } = "";
    public DateOnly? DateOfBirth { get; set; }
    /// <summary>For an unborn child: the expected date of birth (CIN census ExpectedPersonBirthDate).</summary>
    public DateOnly? ExpectedDateOfBirth { get; set; }
    public DateOnly? DateOfDeath { get; set; }
    /// <summary>M, F or U, as the DfE collects it; gender identity is recorded separately.</summary>
    public string Sex { get; set; } = "U";
    public string? GenderIdentity { get; set; }
    public string? EthnicityCode { get; set; }
    public string? Religion { get; set; }
    public string? FirstLanguage { get; set; }
    public bool InterpreterNeeded { get; set; }
    public string? CommunicationNeeds { get; set; }
    public string? NhsNumber { get; set; }
    public string? Upn { get; set; }
    public string? FormerUpn { get; set; }

    /// <summary>Why there is no UPN: UN1..UN7 (CIN census UPNunknown, statutory-data.md A.2).</summary>
    public string? UpnUnknownReason { get; set; }
    public bool IsRestricted { get; set; }
    public DateTime CreatedAt { get; init; }
    /// <summary>Set when this record was merged into another; it then leaves search and redirects.</summary>
    public Guid? MergedIntoId { get; set; }

    public List<PersonName> Names { get; init; } = [];
    public List<PersonAddress> Addresses { get; init; } = [];
    public List<PersonDisability> Disabilities { get; init; } = [];
    public List<RestrictedRecordAccess> AccessList { get; init; } = [];

    public PersonName LegalName =>
        Names.Where(n => n.Kind == NameKind.Legal && n.EndDate is null).OrderByDescending(n => n.StartDate).FirstOrDefault()
        ?? Names.OrderBy(n => n.Kind).First();

    public PersonName? PreferredName => Names.FirstOrDefault(n => n.Kind == NameKind.Preferred && n.EndDate is null);

    public string DisplayName => PreferredName is { } preferred && preferred.GivenNames != LegalName.GivenNames
        ? $"{LegalName.FullName} ({preferred.GivenNames})"
        : LegalName.FullName;

    public PersonAddress? CurrentAddress =>
        Addresses.Where(a => a.EndDate is null).OrderByDescending(a => a.StartDate).FirstOrDefault();

    public bool IsUnborn => DateOfBirth is null && ExpectedDateOfBirth is not null;

    /// <summary>Age in whole years on <paramref name="today"/>, or null when not yet born or unknown.</summary>
    public int? AgeOn(DateOnly today)
    {
        if (DateOfBirth is not { } dob || dob > today)
        {
            return null;
        }
        var age = today.Year - dob.Year;
        return dob.AddYears(age) > today ? age - 1 : age;
    }

    public bool IsChildOn(DateOnly today) => IsUnborn || AgeOn(today) is < 18;
}
