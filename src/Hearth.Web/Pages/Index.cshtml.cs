using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;

namespace Hearth.Web.Pages;

/// <summary>"My work": the children allocated to me, with what is due next, overdue first.</summary>
public sealed class IndexModel(TimeProvider clock, MyWork work) : HearthPageModel
{
    public IReadOnlyList<MyWorkItem> Children { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public MyWorkCounts Counts { get; private set; } = new(0, 0);

    public async Task OnGetAsync()
    {
        Today = clock.TodayInEngland();
        Children = await work.ForWorkerAsync(User.Id(), Today, HttpContext.RequestAborted);
        Counts = await work.CountsAsync(User.Id(), Today, HttpContext.RequestAborted);
    }
}
