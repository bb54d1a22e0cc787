using System.Security.Claims;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Workforce;
using Hearth.Web.Security;

namespace Hearth.Web.Pages.Returns;

/// <summary>One 903 finding on the data-quality page, with the child, team and worker it belongs to.</summary>
public sealed record Ssda903FindingRow(Ssda903Finding Finding, CensusChildRow? Child);

/// <summary>How a 903 finding reads on a page: its table and column, the value sent, and where to put it right.</summary>
public static class Ssda903FindingText
{
    /// <summary>The table and column; the row too when the return was read from a file (built from the record, rows are 0).</summary>
    public static string Where(Ssda903Finding finding) =>
        finding.Row > 0 ? $"{finding.Table} row {finding.Row}: {finding.Field}" : $"{finding.Table}: {finding.Field}";

    public static string Value(Ssda903Finding finding) => string.IsNullOrEmpty(finding.Value) ? "Not recorded" : finding.Value;

    /// <summary>
    /// The page of the child's record where the finding is put right (<see cref="Links.Ssda903Fix"/>); a user who may
    /// not change the person's details is sent to the record itself instead of a page they would be refused.
    /// </summary>
    public static string? Fix(ClaimsPrincipal user, Ssda903Finding finding)
    {
        if (finding.PersonId is not { } id)
        {
            return null;
        }
        var link = Links.Ssda903Fix(id, finding.Table, finding.Field);
        return link == Links.ChangeDetails(id) && !user.Can(Permission.EditPerson) ? Links.Person(id) : link;
    }
}
