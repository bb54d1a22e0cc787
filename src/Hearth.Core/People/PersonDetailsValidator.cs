using Hearth.Core.People.CodeLists;
using Hearth.Core.People.Identity;
using Hearth.Core.Validation;

namespace Hearth.Core.People;

/// <summary>
/// Checks a person's details before anything is saved, and returns them normalised
/// (NHS number without spaces, UPN upper-case). The same checks run for pages and the API.
/// </summary>
public static class PersonDetailsValidator
{
    public static PersonDetails Validate(PersonDetails d, DateOnly today)
    {
        var errors = new ErrorList();
        errors.Required(nameof(d.GivenNames), d.GivenNames, "Enter their first name");
        errors.Required(nameof(d.FamilyName), d.FamilyName, "Enter their last name");
        errors.MaxLength(nameof(d.GivenNames), d.GivenNames, 100, "First name");
        errors.MaxLength(nameof(d.FamilyName), d.FamilyName, 100, "Last name");
        errors.MaxLength(nameof(d.PreferredGivenName), d.PreferredGivenName, 100, "Preferred name");
        errors.MaxLength(nameof(d.GenderIdentity), d.GenderIdentity, 100, "Gender identity");
        errors.MaxLength(nameof(d.Religion), d.Religion, 100, "Religion");
        errors.MaxLength(nameof(d.FirstLanguage), d.FirstLanguage, 100, "First language");
        errors.MaxLength(nameof(d.CommunicationNeeds), d.CommunicationNeeds, 2000, "Communication needs");

        if (d.DateOfBirth is null && d.ExpectedDateOfBirth is null)
        {
            errors.Add(nameof(d.DateOfBirth), "Enter their date of birth, or an expected date of birth if they are not yet born");
        }
        if (d.DateOfBirth is { } dob && DateOfBirthRules.ValidateDateOfBirth(dob, today) is { } dobError)
        {
            errors.Add(nameof(d.DateOfBirth), dobError);
        }
        if (d.ExpectedDateOfBirth is { } due && d.DateOfBirth is null
            && DateOfBirthRules.ValidateExpectedDateOfBirth(due, today) is { } dueError)
        {
            errors.Add(nameof(d.ExpectedDateOfBirth), dueError);
        }
        if (d.DateOfDeath is { } died && (died > today || (d.DateOfBirth is { } born && died < born)))
        {
            errors.Add(nameof(d.DateOfDeath), "Date of death must be between their date of birth and today");
        }

        var sex = string.IsNullOrWhiteSpace(d.Sex) ? "U" : d.Sex.Trim().ToUpperInvariant();
        if (!LegalSex.IsValid(sex))
        {
            errors.Add(nameof(d.Sex), "Select their sex");
        }
        var ethnicity = string.IsNullOrWhiteSpace(d.EthnicityCode) ? null : d.EthnicityCode.Trim().ToUpperInvariant();
        if (ethnicity is not null && !Ethnicity.IsValid(ethnicity))
        {
            errors.Add(nameof(d.EthnicityCode), "Select their ethnicity from the list");
        }
        foreach (var code in d.Disabilities.Where(code => !Disability.IsValid(code)))
        {
            errors.Add(nameof(d.Disabilities), $"Select disabilities from the list ({code} is not a DfE disability code)");
        }

        var nhs = ReadIdentifier(errors, nameof(d.NhsNumber), d.NhsNumber, (string raw, out string value, out string? error) =>
        {
            var ok = NhsNumber.TryParse(raw, out var parsed, out error);
            value = parsed.Digits;
            return ok;
        });
        var upn = ReadIdentifier(errors, nameof(d.Upn), d.Upn, ReadUpn);
        var formerUpn = ReadIdentifier(errors, nameof(d.FormerUpn), d.FormerUpn, ReadUpn,
            "Enter a valid former UPN, 13 characters like A123456789012. Check you have copied it correctly");
        var upnUnknown = Clean(d.UpnUnknownReason);
        if (upnUnknown is not null && !CodeLists.UpnUnknownReason.IsValid(upnUnknown))
        {
            errors.Add(nameof(d.UpnUnknownReason), "Select why the child has no UPN from the list");
        }
        else if (upnUnknown is not null && upn is not null)
        {
            // The census sends a reason only in place of a UPN.
            errors.Add(nameof(d.UpnUnknownReason), "Leave the reason blank when the UPN is recorded");
        }
        errors.ThrowIfAny();

        return d with
        {
            GivenNames = d.GivenNames!.Trim(),
            FamilyName = d.FamilyName!.Trim(),
            PreferredGivenName = Clean(d.PreferredGivenName),
            Sex = sex,
            GenderIdentity = Clean(d.GenderIdentity),
            EthnicityCode = ethnicity,
            Religion = Clean(d.Religion),
            FirstLanguage = Clean(d.FirstLanguage),
            CommunicationNeeds = Clean(d.CommunicationNeeds),
            NhsNumber = nhs,
            Upn = upn,
            FormerUpn = formerUpn,
            UpnUnknownReason = upnUnknown,
            Disabilities = d.Disabilities.Distinct().Order().ToList(),
        };
    }

    public static (AddressDetails Address, string Postcode) ValidateAddress(AddressDetails a, DateOnly today, string prefix = "")
    {
        var errors = new ErrorList();
        errors.Required(prefix + nameof(a.Line1), a.Line1, "Enter address line 1, typically the building and street");
        errors.Required(prefix + nameof(a.Town), a.Town, "Enter town or city");
        errors.MaxLength(prefix + nameof(a.Line1), a.Line1, 200, "Address line 1");
        errors.MaxLength(prefix + nameof(a.Line2), a.Line2, 200, "Address line 2");
        errors.MaxLength(prefix + nameof(a.Town), a.Town, 100, "Town or city");
        string postcode = "";
        if (string.IsNullOrWhiteSpace(a.Postcode))
        {
            errors.Add(prefix + nameof(a.Postcode), "Enter postcode");
        }
        else if (UkPostcode.TryParse(a.Postcode, out var parsed, out var error))
        {
            postcode = parsed.Value;
        }
        else
        {
            errors.Add(prefix + nameof(a.Postcode), error!);
        }
        if (a.StartDate is { } start && start > today)
        {
            errors.Add(prefix + nameof(a.StartDate), "The date they moved in must be today or in the past");
        }
        errors.ThrowIfAny();
        return (a with { Line1 = a.Line1!.Trim(), Line2 = Clean(a.Line2), Town = a.Town!.Trim() }, postcode);
    }

    private delegate bool IdentifierReader(string raw, out string value, out string? error);

    private static bool ReadUpn(string raw, out string value, out string? error)
    {
        var ok = UniquePupilNumber.TryParse(raw, out var parsed, out error);
        value = parsed.Value;
        return ok;
    }

    /// <summary>An optional identifier: blank is fine; otherwise it must pass its check or its message is recorded.</summary>
    private static string? ReadIdentifier(ErrorList errors, string field, string? raw, IdentifierReader read, string? message = null)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (read(raw, out var value, out var error))
        {
            return value;
        }
        errors.Add(field, message ?? error!);
        return null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
