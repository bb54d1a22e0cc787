using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Pages.People;

/// <summary>
/// Every page about one person opens the record through <see cref="RecordAccess"/>: the restriction
/// check and the access event happen on every view, in one place, and a merged record redirects.
/// </summary>
public abstract class PersonPageModel : HearthPageModel
{
    [FromRoute] public Guid Id { get; set; }
    public Person Person { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public abstract string Tab { get; }

    /// <returns>A redirect to the surviving record when merged; otherwise null and <see cref="Person"/> is loaded.</returns>
    protected async Task<IActionResult?> OpenAsync()
    {
        var access = HttpContext.RequestServices.GetRequiredService<RecordAccess>();
        Today = HttpContext.RequestServices.GetRequiredService<TimeProvider>().TodayInEngland();
        var opened = await access.OpenAsync(Id, Ctx(), Tab, ct: HttpContext.RequestAborted);
        if (opened.MergedInto is { } survivor)
        {
            return Redirect(Links.Person(survivor) + Request.Path.Value![Links.Person(Id).Length..]);
        }
        Person = opened.Person;
        return null;
    }
}
