using Hearth.Core.LookedAfter;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>The columns of a person the return needs.</summary>
internal sealed record Ssda903PersonRow(Guid Id, string Reference, string Sex, DateOnly? DateOfBirth, string? EthnicityCode, string? Upn,
    string? UpnUnknownReason);

/// <summary>
/// The Header row of a child, and the CHILD and DOB every other table repeats. CHILD is the person's reference; UPN is
/// the UPN or, when there is none, the reason it is not known (UN1 to UN5 as rule 168 accepts; the record keeps whatever
/// reason was given). MOTHER is 1 or 0 as recorded on the looked-after profile, blank when not recorded.
/// </summary>
internal static class Ssda903PersonRows
{
    public static HeaderRow Header(Ssda903PersonRow person, LookedAfterChildProfile? profile) => new()
    {
        PersonId = person.Id,
        CHILD = person.Reference,
        SEX = person.Sex is { Length: > 0 } sex ? sex : null,
        DOB = Ssda903Date.Write(person.DateOfBirth),
        ETHNIC = person.EthnicityCode,
        UPN = person.Upn ?? person.UpnUnknownReason,
        MOTHER = profile?.IsMother switch { true => "1", false => "0", null => null },
        MC_DOB = Ssda903Date.Write(profile?.MothersChildBirthDate),
        // Not a CSV column: the XML header's UASC flag, which rules 205A-D and 303 read.
        UASC = profile?.UnaccompaniedAsylumSeeker == true ? "1" : "0",
    };

    /// <summary>Sets the row's person, CHILD and (for the tables that have one) DOB.</summary>
    public static T Identify<T>(T row, Ssda903PersonRow person) where T : Ssda903Row
    {
        row.PersonId = person.Id;
        row.CHILD = person.Reference;
        var dob = Ssda903Date.Write(person.DateOfBirth);
        switch (row)
        {
            case ReviewRow r: r.DOB = dob; break;
            case UascRow r: r.DOB = dob; break;
            case Oc2Row r: r.DOB = dob; break;
            case Oc3Row r: r.DOB = dob; break;
            case Ad1Row r: r.DOB = dob; break;
            case PlacedAdoptionRow r: r.DOB = dob; break;
            case PrevPermRow r: r.DOB = dob; break;
            case MissingRow r: r.DOB = dob; break;
            case SwEpisodeRow r: r.DOB = dob; break;
            case DoloRow r: r.DOB = dob; break;
        }
        return row;
    }
}
