using Hearth.Core.People;
using Hearth.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hearth.Web.Pages.People;

/// <summary>The person's details as typed on the create and change pages, kept as strings so nothing typed is lost on an error.</summary>
public sealed class PersonForm
{
    public string? GivenNames { get; set; }
    public string? FamilyName { get; set; }
    public string? PreferredGivenName { get; set; }
    public string? Born { get; set; } = "yes";
    public DateParts DateOfBirth { get; set; } = new();
    public DateParts ExpectedDateOfBirth { get; set; } = new();
    public string? Sex { get; set; }
    public string? GenderIdentity { get; set; }
    public string? EthnicityCode { get; set; }
    public string? Religion { get; set; }
    public string? FirstLanguage { get; set; }
    public bool InterpreterNeeded { get; set; }
    public string? NhsNumber { get; set; }
    public string? Upn { get; set; }
    public string? FormerUpn { get; set; }
    public string? UpnUnknownReason { get; set; }
    public string? CommunicationNeeds { get; set; }
    public DateParts DateOfDeath { get; set; } = new();

    /// <summary>Date of death is asked only when changing an existing person's details.</summary>
    public bool AsksDateOfDeath { get; set; }
    public List<string> Disabilities { get; set; } = [];
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }

    public static PersonForm From(Person p) => new()
    {
        GivenNames = p.LegalName.GivenNames,
        FamilyName = p.LegalName.FamilyName,
        PreferredGivenName = p.PreferredName?.GivenNames,
        Born = p.IsUnborn ? "no" : "yes",
        DateOfBirth = DateParts.From(p.DateOfBirth),
        ExpectedDateOfBirth = DateParts.From(p.ExpectedDateOfBirth),
        Sex = p.Sex,
        GenderIdentity = p.GenderIdentity,
        EthnicityCode = p.EthnicityCode,
        Religion = p.Religion,
        FirstLanguage = p.FirstLanguage,
        InterpreterNeeded = p.InterpreterNeeded,
        NhsNumber = p.NhsNumber,
        Upn = p.Upn,
        FormerUpn = p.FormerUpn,
        UpnUnknownReason = p.UpnUnknownReason,
        CommunicationNeeds = p.CommunicationNeeds,
        DateOfDeath = DateParts.From(p.DateOfDeath),
        AsksDateOfDeath = true,
        Disabilities = p.Disabilities.Select(d => d.Code).ToList(),
    };

    public PersonDetails? ToDetails(ModelStateDictionary modelState, string prefix)
    {
        var unborn = Born == "no";
        var dob = unborn ? null : DateOfBirth.Read(modelState, $"{prefix}.DateOfBirth", "Date of birth", required: true);
        var due = unborn ? ExpectedDateOfBirth.Read(modelState, $"{prefix}.ExpectedDateOfBirth", "Expected date of birth", required: true) : null;
        var died = AsksDateOfDeath ? DateOfDeath.Read(modelState, $"{prefix}.DateOfDeath", "Date of death") : null;
        if (!modelState.IsValid)
        {
            return null;
        }
        return new PersonDetails
        {
            GivenNames = GivenNames,
            FamilyName = FamilyName,
            PreferredGivenName = PreferredGivenName,
            DateOfBirth = dob,
            ExpectedDateOfBirth = due,
            Sex = Sex,
            GenderIdentity = GenderIdentity,
            EthnicityCode = EthnicityCode,
            Religion = Religion,
            FirstLanguage = FirstLanguage,
            InterpreterNeeded = InterpreterNeeded,
            NhsNumber = NhsNumber,
            Upn = Upn,
            FormerUpn = FormerUpn,
            UpnUnknownReason = UpnUnknownReason,
            CommunicationNeeds = CommunicationNeeds,
            DateOfDeath = died,
            Disabilities = Disabilities.Where(d => !string.IsNullOrWhiteSpace(d) && d != "NONE").ToList(),
        };
    }

    /// <summary>An address is optional on create (an unborn child, someone of no fixed abode), but all-or-nothing.</summary>
    public AddressDetails? ToAddress() =>
        string.IsNullOrWhiteSpace(Line1) && string.IsNullOrWhiteSpace(Town) && string.IsNullOrWhiteSpace(Postcode)
            ? null
            : new AddressDetails(Line1, Line2, Town, Postcode, null);
}
