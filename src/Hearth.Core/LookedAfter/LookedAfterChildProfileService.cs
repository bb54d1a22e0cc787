using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.LookedAfter;

public sealed record LookedAfterChildProfileInput(
    bool? UnaccompaniedAsylumSeeker,
    DateOnly? UascCeasedOn,
    bool? IsMother,
    DateOnly? MothersChildBirthDate,
    string? PreviousPermanence,
    string? PreviousPermanenceAuthority,
    string? PreviousPermanenceDate);

public sealed record LookedAfterChildProfileRecorded(Guid PersonId, LookedAfterChildProfileInput Details) : IProcessEvent
{
    public string Summary => "Looked-after details recorded (asylum-seeking status, motherhood, permanence before care)";
}

/// <summary>
/// The facts about a looked-after child the SSDA903 Header, UASC and PrevPerm tables carry and the person record does
/// not (statutory-data.md B.1): whether the child is an unaccompanied asylum-seeking child and when that ceased (DUC),
/// whether she is a mother and her child's date of birth (MOTHER, MC_DOB), and any permanence order before care
/// (PREV_PERM, LA_PERM, DATE_PERM, where the DfE accepts "zz" for an unknown day or month).
/// </summary>
public sealed class LookedAfterChildProfileService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    public const string Process = "LookedAfter.ChildDetails";

    public async Task SaveAsync(Guid personId, LookedAfterChildProfileInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct) ?? throw new RecordNotFoundException();
        var today = clock.TodayInEngland();
        var errors = new ErrorList();
        if (input.UnaccompaniedAsylumSeeker is null)
        {
            errors.Add("UnaccompaniedAsylumSeeker", "Select whether the child is an unaccompanied asylum-seeking child");
        }
        if (input.UascCeasedOn is { } ceased && (input.UnaccompaniedAsylumSeeker != true || ceased > today || ceased < person.DateOfBirth))
        {
            errors.Add("UascCeasedOn", input.UnaccompaniedAsylumSeeker != true
                ? "Only enter the date asylum-seeking status ended for an unaccompanied asylum-seeking child"
                : "The date asylum-seeking status ended must be today or in the past, and after the child was born");
        }
        if (input.IsMother == true && person.Sex != "F")
        {
            errors.Add("IsMother", "Only a girl or young woman recorded as female can be recorded as a mother");
        }
        if (input.MothersChildBirthDate is { } born && (input.IsMother != true || born > today || born <= person.DateOfBirth))
        {
            errors.Add("MothersChildBirthDate", input.IsMother != true
                ? "Only enter her child's date of birth if the child is a mother"
                : "Her child's date of birth must be today or in the past, and after her own");
        }
        var permanence = Code(input.PreviousPermanence);
        if (permanence is not null && !Ssda903Codes.PreviousPermanence.Contains(permanence))
        {
            errors.Add("PreviousPermanence", "Select the permanence order the child had before care");
        }
        var orderDate = Code(input.PreviousPermanenceDate)?.ToLowerInvariant();
        if (orderDate is not null && (permanence is null or "Z1" or "P4" || !PartialDate(orderDate)))
        {
            errors.Add("PreviousPermanenceDate", permanence is null or "Z1" or "P4"
                ? "Only enter the date of the order for an adoption, special guardianship or child arrangements order"
                : "Enter the date of the order as dd/mm/yyyy, with zz for a day or month not known, for example zz/05/2019");
        }
        var authority = input.PreviousPermanenceAuthority?.Trim();
        if (authority is { Length: > CarePeriod.MaxName })
        {
            errors.Add("PreviousPermanenceAuthority", $"The authority must be {CarePeriod.MaxName} characters or fewer");
        }
        errors.ThrowIfAny();

        var profile = await db.LookedAfterChildProfiles.SingleOrDefaultAsync(p => p.PersonId == personId, ct);
        if (profile is null)
        {
            profile = new LookedAfterChildProfile { PersonId = personId };
            db.LookedAfterChildProfiles.Add(profile);
        }
        profile.UnaccompaniedAsylumSeeker = input.UnaccompaniedAsylumSeeker!.Value;
        profile.UascCeasedOn = input.UascCeasedOn;
        profile.IsMother = input.IsMother;
        profile.MothersChildBirthDate = input.MothersChildBirthDate;
        profile.PreviousPermanence = permanence;
        profile.PreviousPermanenceAuthority = string.IsNullOrEmpty(authority) ? null : authority;
        profile.PreviousPermanenceDate = orderDate;
        events.Record(ctx, Process, new LookedAfterChildProfileRecorded(personId, input), [personId]);
        await db.SaveChangesAsync(ct);
    }

    private static string? Code(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();

    /// <summary>dd/mm/yyyy where the day and month may each be "zz" (DATE_PERM, SSDA903 guide).</summary>
    private static bool PartialDate(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 3 || parts[2].Length != 4 || !int.TryParse(parts[2], out var year) || year < 1900)
        {
            return false;
        }
        bool Part(string p, int max) => p == "zz" || (p.Length == 2 && int.TryParse(p, out var n) && n >= 1 && n <= max);
        return Part(parts[0], 31) && Part(parts[1], 12)
            && (parts[0] == "zz" || parts[1] == "zz" || DateOnly.TryParseExact(text, "dd/MM/yyyy", out _));
    }
}
