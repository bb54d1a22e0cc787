using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.FrontDoor;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Missing;

/// <summary>The radios and words the Missing pages share.</summary>
public static class MissingText
{
    public static IReadOnlyList<Choice> Kinds { get; } =
    [
        new(nameof(MissingKind.Missing), "Missing", "Whereabouts not known"),
        new(nameof(MissingKind.Away), "Away from placement", "Whereabouts known, but away without permission"),
    ];


    public static string Kind(MissingKind kind) => kind == MissingKind.Missing ? "Missing" : "Away from placement";

    public static string Local(DateTime utc) => MissingEpisodeService.Local(utc);

    public static string Hours(int hours) => $"{Math.Abs(hours)} hour{(Math.Abs(hours) == 1 ? "" : "s")}";

    public static bool? ParseBool(string? value) => bool.TryParse(value, out var b) ? b : null;

    /// <summary>
    /// A date and a time, both optional: blank together is "not yet"; either one alone is an error. Entered as
    /// England's clocks show it, read into UTC by <see cref="TimeOfDay"/> (the front door's date and time reader).
    /// </summary>
    public static DateTime? ReadOptional(ModelStateDictionary modelState, DateParts date, string dateKey, string? time, string timeKey, string label) =>
        date.IsEmpty && string.IsNullOrWhiteSpace(time) ? null : TimeOfDay.Read(modelState, date, dateKey, time, timeKey, label);

    public static (DateParts Date, string? Time) Parts(DateTime? utc) =>
        utc is { } at ? (DateParts.From(DateOnly.FromDateTime(EnglandClock.ToEnglandTime(at))), TimeOfDay.Format(at)) : (new DateParts(), null);
}

/// <summary>The child's Missing tab: every missing or away episode, with its return home interview against the 72 hours.</summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class IndexModel(HearthDbContext db, TimeProvider clock) : PersonPageModel
{
    public override string Tab => "Missing";
    public IReadOnlyList<MissingEpisode> Episodes { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Now = clock.GetUtcNow().UtcDateTime;
        Episodes = await db.MissingEpisodes.AsNoTracking().Where(m => m.PersonId == Id).OrderByDescending(m => m.StartedAt).ToListAsync(HttpContext.RequestAborted);
        return Page();
    }
}

/// <summary>Record a new missing or away episode.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class RecordModel(MissingEpisodeService service, HearthDbContext db) : MissingEpisodePageModel(service, db)
{
    protected override Guid? ExistingId => null;
}

/// <summary>Change an episode: most often to say when and where the child came back.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class ChangeModel(MissingEpisodeService service, HearthDbContext db) : MissingEpisodePageModel(service, db)
{
    [FromRoute] public Guid EpisodeId { get; set; }

    protected override Guid? ExistingId => EpisodeId;
}

public abstract class MissingEpisodePageModel(MissingEpisodeService service, HearthDbContext db) : PersonPageModel
{
    public override string Tab => "Missing";
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public DateParts StartedAt { get; set; } = new();
    [BindProperty] public string? StartedAtTime { get; set; }
    [BindProperty] public DateParts ReturnedAt { get; set; } = new();
    [BindProperty] public string? ReturnedAtTime { get; set; }
    [BindProperty] public string? ReportedToPolice { get; set; }
    [BindProperty] public string? WhereFound { get; set; }

    protected abstract Guid? ExistingId { get; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        if (ExistingId is { } id)
        {
            var m = await db.MissingEpisodes.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.PersonId == Id, HttpContext.RequestAborted)
                ?? throw new RecordNotFoundException();
            Kind = m.Kind.ToString();
            (StartedAt, StartedAtTime) = MissingText.Parts(m.StartedAt);
            (ReturnedAt, ReturnedAtTime) = MissingText.Parts(m.ReturnedAt);
            ReportedToPolice = m.ReportedToPolice.ToString().ToLowerInvariant();
            WhereFound = m.WhereFound;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var existing = ExistingId;
        var input = new MissingEpisodeInput(
            FormChoice.Parse<MissingKind>(Kind),
            TimeOfDay.Read(ModelState, StartedAt, nameof(StartedAt), StartedAtTime, nameof(StartedAtTime), "the child went missing"),
            MissingText.ReadOptional(ModelState, ReturnedAt, nameof(ReturnedAt), ReturnedAtTime, nameof(ReturnedAtTime), "the child returned"),
            MissingText.ParseBool(ReportedToPolice),
            WhereFound);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => service.SaveAsync(Id, existing, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.MissingEpisodes(Id))
            : Page();
    }
}

/// <summary>Record the return home interview: offered, accepted or declined, held, by whom, and what the child said.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class ReturnInterviewModel(MissingEpisodeService service, HearthDbContext db, TimeProvider clock) : PersonPageModel
{
    public override string Tab => "Missing";
    [FromRoute] public Guid EpisodeId { get; set; }
    public MissingEpisode Episode { get; private set; } = null!;
    public ReturnInterviewStanding? Standing { get; private set; }
    [BindProperty] public DateParts OfferedAt { get; set; } = new();
    [BindProperty] public string? OfferedAtTime { get; set; }
    [BindProperty] public string? Accepted { get; set; }
    [BindProperty] public DateParts HeldAt { get; set; } = new();
    [BindProperty] public string? HeldAtTime { get; set; }
    [BindProperty] public string? InterviewedBy { get; set; }
    [BindProperty] public string? WhereAndWithWhom { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        (OfferedAt, OfferedAtTime) = MissingText.Parts(Episode.InterviewOfferedAt);
        (HeldAt, HeldAtTime) = MissingText.Parts(Episode.InterviewHeldAt);
        Accepted = Episode.InterviewAccepted?.ToString().ToLowerInvariant();
        InterviewedBy = Episode.InterviewedBy;
        WhereAndWithWhom = Episode.WhereAndWithWhom;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        var input = new ReturnInterviewInput(
            MissingText.ReadOptional(ModelState, OfferedAt, nameof(OfferedAt), OfferedAtTime, nameof(OfferedAtTime), "the interview was offered"),
            MissingText.ParseBool(Accepted),
            MissingText.ReadOptional(ModelState, HeldAt, nameof(HeldAt), HeldAtTime, nameof(HeldAtTime), "of the interview"),
            InterviewedBy,
            WhereAndWithWhom);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => service.RecordInterviewAsync(Id, EpisodeId, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.MissingEpisodes(Id))
            : Page();
    }

    private async Task<IActionResult?> OpenEpisodeAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Episode = await db.MissingEpisodes.AsNoTracking().SingleOrDefaultAsync(m => m.Id == EpisodeId && m.PersonId == Id, HttpContext.RequestAborted)
            ?? throw new RecordNotFoundException();
        if (Episode.ReturnedAt is { } returned)
        {
            Standing = ReturnInterviewTimeliness.Standing(returned, Episode.InterviewOfferedAt, Episode.InterviewHeldAt, clock.GetUtcNow().UtcDateTime);
        }
        return null;
    }
}

/// <summary>Children whose return home interview is overdue or due within the day, for workers and managers.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class ReturnInterviewsModel(MissingReturnInterviewsDue due, TimeProvider clock) : HearthPageModel
{
    public IReadOnlyList<ReturnInterviewDue> Rows { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task OnGetAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Rows = await due.ForAsync(User.Id(), Now, HttpContext.RequestAborted);
    }
}
