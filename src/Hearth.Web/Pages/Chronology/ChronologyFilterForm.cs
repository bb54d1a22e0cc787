using Hearth.Core.Chronology;
using Hearth.Web.Pages.People;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Chronology;

/// <summary>The chronology's filters, read from the query string by both the page and its PDF.</summary>
public abstract class ChronologyPageModel : PersonPageModel
{
    public override string Tab => "Chronology";
    [BindProperty(SupportsGet = true)] public bool Significant { get; set; }
    [BindProperty(SupportsGet = true)] public Shared.DateParts From { get; set; } = new();
    [BindProperty(SupportsGet = true)] public Shared.DateParts To { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Source { get; set; }
    public ChronologyFilter Filter { get; private set; } = ChronologyFilter.None;

    /// <summary>Reads the filters; a date that is not a real date is an error on the page and is not applied.</summary>
    protected ChronologyFilter ReadFilter()
    {
        var from = From.Read(ModelState, nameof(From), "The start date");
        var to = To.Read(ModelState, nameof(To), "The end date");
        if (from is { } f && to is { } t && t < f)
        {
            ModelState.AddModelError(nameof(To), "The end date must be the same as or after the start date");
            to = null;
        }
        Filter = new ChronologyFilter(Significant, from, to, string.IsNullOrWhiteSpace(Source) ? null : Source);
        return Filter;
    }
}
