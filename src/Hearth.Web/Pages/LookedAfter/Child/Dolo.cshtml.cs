using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.LookedAfter.Child;

/// <summary>The child's deprivation of liberty orders (the 903's DoLo table from 2026-27): a new one, or the end of one.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class DoloModel(CourtAndAdoptionService service, HearthDbContext db) : PersonPageModel
{
    public override string Tab => LookedAfterChoices.Tab;
    public IReadOnlyList<DeprivationOfLibertyOrder> Orders { get; private set; } = [];

    /// <summary>The order being ended or corrected; none for a new order.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Order { get; set; }
    [BindProperty] public DateParts StartDate { get; set; } = new();
    [BindProperty] public DateParts EndDate { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        await LoadAsync();
        if (Orders.SingleOrDefault(o => o.Id == Order) is { } order)
        {
            StartDate = DateParts.From(order.StartDate);
            EndDate = DateParts.From(order.EndDate);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        await LoadAsync();
        var start = StartDate.Read(ModelState, nameof(StartDate), "The date the order was made", required: true);
        var end = EndDate.Read(ModelState, nameof(EndDate), "The date the order ended", required: false);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => service.RecordDeprivationOfLibertyAsync(Id, Order, start, end, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.DeprivationOfLiberty(Id))
            : Page();
    }

    private async Task LoadAsync() => Orders = await db.DeprivationOfLibertyOrders.AsNoTracking().Where(o => o.PersonId == Id)
        .OrderByDescending(o => o.StartDate).ToListAsync(HttpContext.RequestAborted);
}
