using Hearth.Core.Returns.CinCensus;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Returns;

/// <summary>
/// "Census data quality" on the child's record page: the child's open census findings today, each
/// with where to put it right. The record page has already opened the record (and logged the view);
/// this builds the census for the one child (a handful of queries) and shows nothing when all is well.
/// </summary>
public sealed class CensusDataQualityViewComponent(CensusDataQuality quality) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid personId) =>
        View("/Pages/Returns/_CensusDataQuality.cshtml",
            (personId, await quality.CheckAsync(new CensusScope(PersonId: personId), HttpContext.RequestAborted)));
}
