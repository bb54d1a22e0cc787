using System.Globalization;
using System.Text.RegularExpressions;
using Hearth.Core.People.Identity;
using Hearth.Core.People.Matching;

namespace Hearth.Core.People.Search;

/// <summary>
/// What one search box was asked: any mix of name words, a date of birth, an NHS number, a UPN
/// and a postcode ("kathryn smyth 03/04/2015"). Identifiers are recognised by their shape and check digit.
/// </summary>
public sealed partial record SearchQuery(
    IReadOnlyList<string> NameWords,
    DateOnly? DateOfBirth,
    string? NhsNumber,
    string? Upn,
    string? Postcode)
{
    public bool IsEmpty => NameWords.Count == 0 && DateOfBirth is null && NhsNumber is null && Upn is null && Postcode is null;

    public string NameText => string.Join(' ', NameWords);

    public static SearchQuery Parse(string? text)
    {
        var rest = (text ?? "").Trim();
        string? nhs = null, upn = null, postcode = null;
        DateOnly? dob = null;

        var nhsMatch = NhsPattern().Match(rest);
        if (nhsMatch.Success && Identity.NhsNumber.TryParse(nhsMatch.Value, out var parsedNhs, out _))
        {
            nhs = parsedNhs.Digits;
            rest = rest.Remove(nhsMatch.Index, nhsMatch.Length);
        }
        var upnMatch = UpnPattern().Match(rest);
        if (upnMatch.Success && UniquePupilNumber.TryParse(upnMatch.Value, out var parsedUpn, out _))
        {
            upn = parsedUpn.Value;
            rest = rest.Remove(upnMatch.Index, upnMatch.Length);
        }
        var dateMatch = DatePattern().Match(rest);
        if (dateMatch.Success && TryDate(dateMatch.Value, out var date))
        {
            dob = date;
            rest = rest.Remove(dateMatch.Index, dateMatch.Length);
        }
        var postcodeMatch = PostcodePattern().Match(rest);
        if (postcodeMatch.Success && UkPostcode.TryParse(postcodeMatch.Value, out var parsedPostcode, out _))
        {
            postcode = parsedPostcode.Value;
            rest = rest.Remove(postcodeMatch.Index, postcodeMatch.Length);
        }
        return new SearchQuery(NameNormaliser.Tokens(rest).ToList(), dob, nhs, upn, postcode);
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Replace('-', '/').Replace('.', '/'), ["d/M/yyyy", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex(@"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b")]
    private static partial Regex NhsPattern();

    [GeneratedRegex(@"\b[A-Za-z]\d{11}[0-9A-Za-z]\b")]
    private static partial Regex UpnPattern();

    [GeneratedRegex(@"\b(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})\b")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b")]
    private static partial Regex PostcodePattern();
}
