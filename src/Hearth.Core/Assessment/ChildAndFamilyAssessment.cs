using Hearth.Core.Validation;

namespace Hearth.Core.Assessment;

/// <summary>What a worker writes in an assessment; every field may be saved part-done in a draft.</summary>
public sealed record AssessmentInput
{
    public DateOnly? StartDate { get; init; }
    public DateOnly? ChildSeenDate { get; init; }
    public DateOnly? ChildSeenAloneDate { get; init; }
    public string? ChildViews { get; init; }
    public string? HowViewsGathered { get; init; }
    public string? ParentsViews { get; init; }
    public string? IdentityAndDiversity { get; init; }
    public string? IdentityInAnalysis { get; init; }
    public string? HistoryConsidered { get; init; }
    public string? Analysis { get; init; }
    public IReadOnlyList<string> Factors { get; init; } = [];
    public string? Recommendation { get; init; }
    public AssessmentOutcome? Outcome { get; init; }
    public string? PrimaryNeedCode { get; init; }
    public string? LateReason { get; init; }
}

/// <summary>
/// A child and family assessment on a CIN episode (WT23 ch.3): written by a worker, submitted, and
/// authorised by a manager, whose authorisation date completes it for the 45 working day clock. A
/// manager may return it with comments, which stay on it. The rules that must always hold are here,
/// so they are tested without a database and hold on every route.
/// </summary>
public sealed partial class ChildAndFamilyAssessment
{
    public const int MaxText = 20000;
    public const int MaxShortText = 2000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid EpisodeId { get; init; }
    public Guid PersonId { get; set; }
    public AssessmentKind Kind { get; init; } = AssessmentKind.ChildAndFamily;

    /// <summary>True for history brought in from another system (the legacy initial and core kinds only exist so).</summary>
    public bool Imported { get; init; }

    /// <summary>The episode's referral date, which starts the 45 working day clock.</summary>
    public DateOnly ReferralDate { get; init; }

    public AssessmentStatus Status { get; private set; } = AssessmentStatus.Draft;
    public DateOnly StartDate { get; private set; }
    public DateOnly? ChildSeenDate { get; private set; }
    public DateOnly? ChildSeenAloneDate { get; private set; }
    public string? ChildViews { get; private set; }
    public string? HowViewsGathered { get; private set; }
    public string? ParentsViews { get; private set; }
    public string? IdentityAndDiversity { get; private set; }
    public string? IdentityInAnalysis { get; private set; }
    public string? HistoryConsidered { get; private set; }
    public string? Analysis { get; private set; }

    /// <summary>The factor codes, space-separated, in the order chosen (see <see cref="Factors"/>).</summary>
    public string FactorCodes { get; private set; } = "";
    public string? Recommendation { get; private set; }
    public AssessmentOutcome? Outcome { get; private set; }
    public string? PrimaryNeedCode { get; private set; }
    public string? LateReason { get; private set; }

    public Guid AuthorId { get; init; }
    public string AuthorName { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public DateTime? SubmittedAt { get; private set; }
    public Guid? AuthorisedById { get; private set; }
    public string? AuthorisedByName { get; private set; }

    /// <summary>The completion date for the clock and the census.</summary>
    public DateOnly? AuthorisedOn { get; private set; }

    public List<AssessmentReturn> Returns { get; init; } = [];

    public IReadOnlyList<string> Factors => FactorCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public DateOnly DueDate => AssessmentTimescale.DueFrom(ReferralDate);

    public static ChildAndFamilyAssessment Start(Guid episodeId, Guid personId, DateOnly referralDate, AssessmentInput input,
        DateOnly today, Guid authorId, string authorName, DateTime now)
    {
        var assessment = new ChildAndFamilyAssessment
        {
            EpisodeId = episodeId,
            PersonId = personId,
            ReferralDate = referralDate,
            AuthorId = authorId,
            AuthorName = authorName,
            CreatedAt = now,
        };
        assessment.Apply(input, today);
        return assessment;
    }

    /// <summary>Changes the draft; only its author may, and only while it is a draft.</summary>
    public void Revise(AssessmentInput input, Guid userId, DateOnly today)
    {
        if (Status != AssessmentStatus.Draft)
        {
            throw ValidationFailedException.For("Status", "This assessment has been submitted: it can be changed only if the manager returns it");
        }
        if (userId != AuthorId)
        {
            throw ValidationFailedException.For("Status", $"Only {AuthorName}, who is writing this assessment, can change it");
        }
        Apply(input, today);
    }

    /// <summary>Submits the draft to a manager. Past working day 45 it needs a reason, given here or in the draft.</summary>
    public void Submit(Guid userId, DateOnly today, DateTime now, string? lateReason = null)
    {
        if (Status != AssessmentStatus.Draft)
        {
            throw ValidationFailedException.For("Status", "This assessment has already been submitted");
        }
        if (userId != AuthorId)
        {
            throw ValidationFailedException.For("Status", $"Only {AuthorName}, who is writing this assessment, can submit it");
        }
        SetLateReason(lateReason);
        var errors = new ErrorList();
        if (ChildSeenDate is null)
        {
            errors.Add(nameof(AssessmentInput.ChildSeenDate), "Enter the date the child was seen");
        }
        errors.Required(nameof(AssessmentInput.ChildViews), ChildViews, "Enter the child’s views in their own words");
        errors.Required(nameof(AssessmentInput.HowViewsGathered), HowViewsGathered, "Enter how the child’s views were gathered");
        errors.Required(nameof(AssessmentInput.Analysis), Analysis, "Enter the analysis of risks and protective factors");
        if (Factors.Count == 0)
        {
            // CIN census 8897Q: a completed assessment has its factors, or 21 "no factors identified".
            errors.Add(nameof(AssessmentInput.Factors), "Select the factors identified, or “No factors identified”");
        }
        errors.Required(nameof(AssessmentInput.Recommendation), Recommendation, "Enter the recommendation");
        if (Outcome is null)
        {
            errors.Add(nameof(AssessmentInput.Outcome), "Select the outcome of the assessment");
        }
        RequireLateReason(errors, today);
        errors.ThrowIfAny();
        Status = AssessmentStatus.Submitted;
        SubmittedAt = now;
    }

    /// <summary>
    /// Authorises the assessment on <paramref name="today"/>, which completes it. A late assessment
    /// needs its reason; the manager may give it here if the worker did not.
    /// </summary>
    public void Authorise(Guid managerId, string managerName, DateOnly today, string? lateReason)
    {
        if (Status != AssessmentStatus.Submitted)
        {
            throw ValidationFailedException.For("Status", Status == AssessmentStatus.Authorised
                ? "This assessment is already authorised"
                : "This assessment has not been submitted for authorisation");
        }
        if (managerId == AuthorId)
        {
            throw ValidationFailedException.For("Status", "An assessment cannot be authorised by the worker who wrote it");
        }
        SetLateReason(lateReason);
        var errors = new ErrorList();
        RequireLateReason(errors, today);
        errors.ThrowIfAny();
        Status = AssessmentStatus.Authorised;
        AuthorisedById = managerId;
        AuthorisedByName = managerName;
        AuthorisedOn = today;
    }

    public AssessmentReturn Return(Guid managerId, string managerName, string? comments, DateTime now)
    {
        if (Status != AssessmentStatus.Submitted)
        {
            throw ValidationFailedException.For("Status", "Only an assessment awaiting authorisation can be returned");
        }
        var errors = new ErrorList();
        errors.Required("Comments", comments, "Enter what needs to change before the assessment can be authorised");
        errors.MaxLength("Comments", comments, MaxText, "Comments");
        errors.ThrowIfAny();
        var returned = new AssessmentReturn { AssessmentId = Id, ReturnedAt = now, ReturnedById = managerId, ReturnedByName = managerName, Comments = comments!.Trim() };
        Returns.Add(returned);
        Status = AssessmentStatus.Draft;
        SubmittedAt = null;
        return returned;
    }

    /// <summary>Working days past day 45 it is (if authorised) or would be if completed on <paramref name="today"/>.</summary>
    public int WorkingDaysLate(DateOnly today) => AssessmentTimescale.WorkingDaysLate(ReferralDate, AuthorisedOn ?? today);

    private void SetLateReason(string? lateReason)
    {
        if (string.IsNullOrWhiteSpace(lateReason))
        {
            return;
        }
        if (lateReason.Length > MaxShortText)
        {
            throw ValidationFailedException.For(nameof(AssessmentInput.LateReason), $"The reason it is late must be {MaxShortText} characters or fewer");
        }
        LateReason = lateReason.Trim();
    }

    private void RequireLateReason(ErrorList errors, DateOnly completion)
    {
        if (AssessmentTimescale.WorkingDaysLate(ReferralDate, completion) > 0 && string.IsNullOrWhiteSpace(LateReason))
        {
            errors.Add(nameof(AssessmentInput.LateReason),
                $"The assessment is past working day 45 (it was due on {DueDate:d MMMM yyyy}): enter the reason it is late");
        }
    }

    private void Apply(AssessmentInput input, DateOnly today)
    {
        var errors = new ErrorList();
        if (input.StartDate is not { } start)
        {
            errors.Add(nameof(input.StartDate), "Enter the date the assessment started");
        }
        else if (start < ReferralDate)
        {
            errors.Add(nameof(input.StartDate), $"The date the assessment started must be on or after the referral date, {ReferralDate:d MMMM yyyy}");
        }
        else if (start > today)
        {
            errors.Add(nameof(input.StartDate), "The date the assessment started must be today or in the past");
        }
        SeenDate(errors, nameof(input.ChildSeenDate), "The date the child was seen", input.ChildSeenDate, input.StartDate, today);
        SeenDate(errors, nameof(input.ChildSeenAloneDate), "The date the child was seen alone", input.ChildSeenAloneDate, input.StartDate, today);
        var factors = input.Factors.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim().ToUpperInvariant()).ToList();
        foreach (var problem in AssessmentFactors.Problems(factors))
        {
            errors.Add(nameof(input.Factors), problem);
        }
        if (!string.IsNullOrWhiteSpace(input.PrimaryNeedCode) && !PrimaryNeeds.IsValid(input.PrimaryNeedCode))
        {
            errors.Add(nameof(input.PrimaryNeedCode), "Select the child’s primary need from the list");
        }
        if (input.Outcome is { } outcome && !Enum.IsDefined(outcome))
        {
            errors.Add(nameof(input.Outcome), "Select the outcome of the assessment");
        }
        errors.MaxLength(nameof(input.ChildViews), input.ChildViews, MaxText, "The child’s views");
        errors.MaxLength(nameof(input.HowViewsGathered), input.HowViewsGathered, MaxShortText, "How the child’s views were gathered");
        errors.MaxLength(nameof(input.ParentsViews), input.ParentsViews, MaxText, "Parents’ and carers’ views");
        errors.MaxLength(nameof(input.IdentityAndDiversity), input.IdentityAndDiversity, MaxText, "Identity and diversity");
        errors.MaxLength(nameof(input.IdentityInAnalysis), input.IdentityInAnalysis, MaxText, "How identity shapes the analysis");
        errors.MaxLength(nameof(input.HistoryConsidered), input.HistoryConsidered, MaxText, "History considered");
        errors.MaxLength(nameof(input.Analysis), input.Analysis, MaxText, "The analysis");
        errors.MaxLength(nameof(input.Recommendation), input.Recommendation, MaxText, "The recommendation");
        errors.MaxLength(nameof(input.LateReason), input.LateReason, MaxShortText, "The reason it is late");
        errors.ThrowIfAny();

        StartDate = input.StartDate!.Value;
        ChildSeenDate = input.ChildSeenDate;
        ChildSeenAloneDate = input.ChildSeenAloneDate;
        ChildViews = Clean(input.ChildViews);
        HowViewsGathered = Clean(input.HowViewsGathered);
        ParentsViews = Clean(input.ParentsViews);
        IdentityAndDiversity = Clean(input.IdentityAndDiversity);
        IdentityInAnalysis = Clean(input.IdentityInAnalysis);
        HistoryConsidered = Clean(input.HistoryConsidered);
        Analysis = Clean(input.Analysis);
        FactorCodes = string.Join(' ', factors);
        Recommendation = Clean(input.Recommendation);
        Outcome = input.Outcome;
        PrimaryNeedCode = Clean(input.PrimaryNeedCode);
        LateReason = Clean(input.LateReason);
    }

    private static void SeenDate(ErrorList errors, string field, string label, DateOnly? seen, DateOnly? start, DateOnly today)
    {
        if (seen is not { } date)
        {
            return;
        }
        if (start is { } s && date < s)
        {
            errors.Add(field, $"{label} must be on or after the date the assessment started");
        }
        else if (date > today)
        {
            errors.Add(field, $"{label} must be today or in the past");
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A manager's return of a submitted assessment to its author, with what needs to change. Kept and shown.</summary>
public sealed class AssessmentReturn
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AssessmentId { get; init; }
    public DateTime ReturnedAt { get; init; }
    public Guid ReturnedById { get; init; }
    public string ReturnedByName { get; init; } = "";
    public string Comments { get; init; } = "";
}
