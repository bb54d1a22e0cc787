namespace Hearth.Web;

/// <summary>The child's assessments (see the pages under Pages/Assessment).</summary>
public static partial class Links
{
    public static string Assessments(Guid id) => $"{Person(id)}/assessments";

    public static string StartAssessment(Guid id) => $"{Assessments(id)}/new";

    public static string Assessment(Guid id, Guid assessmentId) => $"{Assessments(id)}/{assessmentId}";

    public static string EditAssessment(Guid id, Guid assessmentId) => $"{Assessment(id, assessmentId)}/edit";

    public static string SubmitAssessment(Guid id, Guid assessmentId) => $"{Assessment(id, assessmentId)}/submit";

    public static string AuthoriseAssessment(Guid id, Guid assessmentId) => $"{Assessment(id, assessmentId)}/authorise";
}
