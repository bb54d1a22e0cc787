using Hearth.Core.Data;
using Hearth.Core.EarlyHelp;
using Hearth.Core.Validation;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.EarlyHelp;

/// <summary>A page about one of the child's early help episodes: the record is opened (and the view logged) first, then the episode, which must be this child's.</summary>
public abstract class EarlyHelpEpisodePageModel : PersonPageModel
{
    public override string Tab => "Early help";
    [FromRoute] public Guid EpisodeId { get; set; }
    public EarlyHelpEpisode Episode { get; private set; } = null!;

    protected async Task<IActionResult?> OpenEpisodeAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var db = HttpContext.RequestServices.GetRequiredService<HearthDbContext>();
        Episode = await db.EarlyHelpEpisodes.AsNoTracking().Include(e => e.Meetings)
            .SingleOrDefaultAsync(e => e.Id == EpisodeId && e.PersonId == Id, HttpContext.RequestAborted)
            ?? throw new RecordNotFoundException();
        return null;
    }
}

/// <summary>A page about one of the child's step changes, opened the same way.</summary>
public abstract class StepChangePageModel : PersonPageModel
{
    public override string Tab => "Early help";
    [FromRoute] public Guid StepChangeId { get; set; }
    public StepChange Step { get; private set; } = null!;

    protected async Task<IActionResult?> OpenStepAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var db = HttpContext.RequestServices.GetRequiredService<HearthDbContext>();
        Step = await db.StepChanges.AsNoTracking().Include(s => s.Chases)
            .SingleOrDefaultAsync(s => s.Id == StepChangeId && s.PersonId == Id, HttpContext.RequestAborted)
            ?? throw new RecordNotFoundException();
        return null;
    }
}

/// <summary>Choices for the early help forms, in the order a worker reads them.</summary>
public static class EarlyHelpChoices
{
    public static IReadOnlyList<Choice> Requesters { get; } = Enum.GetValues<EarlyHelpRequester>()
        .Where(r => r != EarlyHelpRequester.ChildrensSocialCare).Select(r => new Choice(r.ToString(), r.Label())).ToList();

    public static IReadOnlyList<Choice> MeetingKinds { get; } = Enum.GetValues<EarlyHelpMeetingKind>().Select(k => new Choice(k.ToString(), k.Label())).ToList();

    public static IReadOnlyList<Choice> ClosureOutcomes { get; } = Enum.GetValues<EarlyHelpClosureOutcome>().Select(o => new Choice(o.ToString(), o.Label())).ToList();

    public static IReadOnlyList<Choice> ChaseMethods { get; } = Enum.GetValues<ChaseMethod>().Select(m => new Choice(m.ToString(), m.Label())).ToList();


    public static async Task<IReadOnlyList<Choice>> TeamsAsync(HearthDbContext db, CancellationToken ct) =>
        await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new Choice(t.Id.ToString(), t.Name, null)).ToListAsync(ct);

    public static string? Date(DateOnly? date) => date?.ToString("d MMMM yyyy");
}
