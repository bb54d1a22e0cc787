using Hearth.Core.CareLeavers;
using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.CareLeavers;

/// <summary>The radios, lists and words the Care leaver pages share.</summary>
public static class CareLeaverText
{
    public static IReadOnlyList<Choice> InTouch { get; } = CareLeaverCodes.InTouch.Select(c => new Choice(c.Code, c.Label)).ToList();

    public static IReadOnlyList<Choice> Activity { get; } = CareLeaverCodes.Activity.Select(c => new Choice(c.Code, c.Label)).ToList();

    public static IReadOnlyList<Choice> AccommodationType { get; } =
        [.. CareLeaverCodes.AccommodationType.Select(c => new Choice(c.Letter, c.Label)), new("0", "Not known (not in touch)")];


    public static IReadOnlyList<Choice> Stages { get; } =
    [
        new(nameof(PathwayPlanStage.NeedsAssessment), "Needs assessment completed"),
        new(nameof(PathwayPlanStage.PlanAgreed), "Pathway plan agreed"),
        new(nameof(PathwayPlanStage.PlanReviewed), "Pathway plan reviewed"),
    ];

    public static string Stage(PathwayPlanStage stage) => Stages.Single(s => s.Value == stage.ToString()).Text;

    public static string Category(CareLeaverCategory category) => category switch
    {
        CareLeaverCategory.Eligible => "Eligible",
        CareLeaverCategory.Relevant => "Relevant",
        CareLeaverCategory.FormerRelevant => "Former relevant",
        CareLeaverCategory.Qualifying => "Qualifying",
        _ => "Not a care leaver",
    };

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy") ?? "Not recorded";

    public static bool? ParseBool(string? value) => bool.TryParse(value, out var b) ? b : null;
}

/// <summary>The Care leaver tab: status and why, what is due, adviser, staying put, pathway plans, birthdays and contacts.</summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class IndexModel(CareLeaverOverview overview) : PersonPageModel
{
    public override string Tab => "Care leaver";
    public CareLeaverRecord Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Record = await overview.ForAsync(Id, Today, HttpContext.RequestAborted);
        return Page();
    }
}

/// <summary>A Care leaver form: opens the record on GET and POST, and goes back to the tab when saved.</summary>
public abstract class CareLeaverFormModel : PersonPageModel
{
    public override string Tab => "Care leaver";

    public async Task<IActionResult> OnGetAsync() => await OpenAsync() ?? await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        if (await LoadAsync() is { } other)
        {
            return other;
        }
        var write = Read();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(write, "") ? Redirect(Links.CareLeaver(Id)) : Page();
    }

    /// <summary>Reads the form into a service call; errors go into ModelState.</summary>
    protected abstract Func<Task> Read();

    protected virtual Task<IActionResult?> LoadAsync() => Task.FromResult<IActionResult?>(null);
}

[RequirePermission(Permission.RecordCasework)]
public sealed class ContactModel(CareLeaverService service) : CareLeaverFormModel
{
    [BindProperty] public DateParts ContactOn { get; set; } = new();
    [BindProperty] public string? InTouch { get; set; }
    [BindProperty] public string? Activity { get; set; }
    [BindProperty] public string? AccommodationType { get; set; }
    [BindProperty] public string? Suitable { get; set; }
    [BindProperty] public string? Notes { get; set; }

    protected override Func<Task> Read()
    {
        var input = new CareLeaverContactInput(ContactOn.Read(ModelState, nameof(ContactOn), "The date of the contact", required: true),
            InTouch, Activity, AccommodationType, CareLeaverText.ParseBool(Suitable), Notes);
        return () => service.RecordContactAsync(Id, input, Ctx(), HttpContext.RequestAborted);
    }
}

[RequirePermission(Permission.RecordCasework)]
public sealed class PathwayPlanModel(CareLeaverService service) : CareLeaverFormModel
{
    [BindProperty] public string? Stage { get; set; }
    [BindProperty] public DateParts On { get; set; } = new();
    [BindProperty] public string? Notes { get; set; }

    protected override Func<Task> Read()
    {
        var input = new PathwayPlanInput(FormChoice.Parse<PathwayPlanStage>(Stage), On.Read(ModelState, nameof(On), "The date it was completed", required: true), Notes);
        return () => service.RecordPathwayPlanAsync(Id, input, Ctx(), HttpContext.RequestAborted);
    }
}

[RequirePermission(Permission.RecordCasework)]
public sealed class PersonalAdviserModel(CareLeaverService service, HearthDbContext db) : CareLeaverFormModel
{
    public PersonalAdviserAllocation? Current { get; private set; }
    [BindProperty] public string? AdviserName { get; set; }
    [BindProperty] public DateParts From { get; set; } = new();

    protected override async Task<IActionResult?> LoadAsync()
    {
        Current = await db.PersonalAdvisers.AsNoTracking().Where(a => a.PersonId == Id && a.To == null).OrderByDescending(a => a.From)
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        return null;
    }

    protected override Func<Task> Read()
    {
        var input = new PersonalAdviserInput(AdviserName, From.Read(ModelState, nameof(From), "The date the adviser was allocated", required: true));
        return () => service.AllocateAdviserAsync(Id, input, Ctx(), HttpContext.RequestAborted);
    }
}

/// <summary>Start staying put, or end the current arrangement: the page offers whichever applies.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class StayingPutModel(CareLeaverService service, HearthDbContext db) : CareLeaverFormModel
{
    public StayingPutArrangement? Current { get; private set; }
    [BindProperty] public string? CarerName { get; set; }
    [BindProperty] public DateParts StartedOn { get; set; } = new();
    [BindProperty] public DateParts EndedOn { get; set; } = new();

    protected override async Task<IActionResult?> LoadAsync()
    {
        Current = await db.StayingPutArrangements.AsNoTracking().Where(s => s.PersonId == Id && s.EndedOn == null)
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        return null;
    }

    protected override Func<Task> Read()
    {
        if (Current is not null)
        {
            var ended = EndedOn.Read(ModelState, nameof(EndedOn), "The date staying put ended", required: true);
            return () => service.EndStayingPutAsync(Id, ended, Ctx(), HttpContext.RequestAborted);
        }
        var input = new StayingPutInput(CarerName, StartedOn.Read(ModelState, nameof(StartedOn), "The date staying put started", required: true));
        return () => service.StartStayingPutAsync(Id, input, Ctx(), HttpContext.RequestAborted);
    }
}
