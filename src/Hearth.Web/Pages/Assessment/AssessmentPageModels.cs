using Hearth.Core.Assessment;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Assessment;

/// <summary>A page about one of the child's assessments: the record is opened (and the view logged) first, then the assessment, which must be this child's.</summary>
public abstract class AssessmentPageModel : PersonPageModel
{
    public override string Tab => "Assessments";
    [FromRoute] public Guid AssessmentId { get; set; }
    public ChildAndFamilyAssessment Assessment { get; private set; } = null!;

    protected async Task<IActionResult?> OpenAssessmentAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var db = HttpContext.RequestServices.GetRequiredService<HearthDbContext>();
        Assessment = await db.Assessments.AsNoTracking().Include(a => a.Returns)
            .SingleOrDefaultAsync(a => a.Id == AssessmentId && a.PersonId == Id, HttpContext.RequestAborted)
            ?? throw new RecordNotFoundException();
        return null;
    }

    public AssessmentView View => new(Assessment, Today);
}

/// <summary>An assessment with the day it is read on, for the summary partial's lateness.</summary>
public sealed record AssessmentView(ChildAndFamilyAssessment Assessment, DateOnly Today);

/// <summary>The assessment form's fields as posted, kept as typed so errors show them back.</summary>
public sealed class AssessmentForm
{
    public DateParts StartDate { get; set; } = new();
    public DateParts ChildSeenDate { get; set; } = new();
    public DateParts ChildSeenAloneDate { get; set; } = new();
    public string? ChildViews { get; set; }
    public string? HowViewsGathered { get; set; }
    public string? ParentsViews { get; set; }
    public string? IdentityAndDiversity { get; set; }
    public string? IdentityInAnalysis { get; set; }
    public string? HistoryConsidered { get; set; }
    public string? Analysis { get; set; }
    public List<string> Factors { get; set; } = [];
    public string? Recommendation { get; set; }
    public string? Outcome { get; set; }
    public string? PrimaryNeedCode { get; set; }
    public string? LateReason { get; set; }

    public static AssessmentForm From(ChildAndFamilyAssessment a) => new()
    {
        StartDate = DateParts.From(a.StartDate),
        ChildSeenDate = DateParts.From(a.ChildSeenDate),
        ChildSeenAloneDate = DateParts.From(a.ChildSeenAloneDate),
        ChildViews = a.ChildViews,
        HowViewsGathered = a.HowViewsGathered,
        ParentsViews = a.ParentsViews,
        IdentityAndDiversity = a.IdentityAndDiversity,
        IdentityInAnalysis = a.IdentityInAnalysis,
        HistoryConsidered = a.HistoryConsidered,
        Analysis = a.Analysis,
        Factors = [.. a.Factors],
        Recommendation = a.Recommendation,
        Outcome = a.Outcome?.ToString(),
        PrimaryNeedCode = a.PrimaryNeedCode,
        LateReason = a.LateReason,
    };

    /// <summary>The service's input, or null when a date could not be read (its error is in model state).</summary>
    public AssessmentInput? Read(ModelStateDictionary modelState, string prefix)
    {
        var start = StartDate.Read(modelState, $"{prefix}.StartDate", "The date the assessment started", required: true);
        var seen = ChildSeenDate.Read(modelState, $"{prefix}.ChildSeenDate", "The date the child was seen");
        var alone = ChildSeenAloneDate.Read(modelState, $"{prefix}.ChildSeenAloneDate", "The date the child was seen alone");
        if (!modelState.IsValid)
        {
            return null;
        }
        return new AssessmentInput
        {
            StartDate = start,
            ChildSeenDate = seen,
            ChildSeenAloneDate = alone,
            ChildViews = ChildViews,
            HowViewsGathered = HowViewsGathered,
            ParentsViews = ParentsViews,
            IdentityAndDiversity = IdentityAndDiversity,
            IdentityInAnalysis = IdentityInAnalysis,
            HistoryConsidered = HistoryConsidered,
            Analysis = Analysis,
            Factors = Factors,
            Recommendation = Recommendation,
            Outcome = FormChoice.Parse<AssessmentOutcome>(Outcome),
            PrimaryNeedCode = PrimaryNeedCode,
            LateReason = LateReason,
        };
    }
}

/// <summary>Choices for the assessment form, in the order a worker reads them.</summary>
public static class AssessmentChoices
{
    public static IReadOnlyList<Choice> Factors { get; } = AssessmentFactors.All.Select(f => new Choice(f.Code, $"{f.Code} {f.Label}")).ToList();

    public static IReadOnlyList<Choice> Outcomes { get; } = Enum.GetValues<AssessmentOutcome>().Select(o => new Choice(o.ToString(), o.Label())).ToList();

    public static IReadOnlyList<Choice> PrimaryNeeds { get; } = Core.Assessment.PrimaryNeeds.All.Select(n => new Choice(n.Code, $"{n.Code} {n.Label}")).ToList();

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy") ?? "Not recorded";

    public static string StatusTagClass(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Authorised => "govuk-tag--green",
        AssessmentStatus.Submitted => "govuk-tag--blue",
        _ => "govuk-tag--grey",
    };
}
