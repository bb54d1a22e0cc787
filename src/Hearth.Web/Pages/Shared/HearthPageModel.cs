using Hearth.Core.Audit;
using Hearth.Core.Validation;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Pages.Shared;

/// <summary>What every Hearth page needs: the acting user as a ProcessContext and GOV.UK errors from a service.</summary>
public abstract class HearthPageModel : PageModel
{
    protected ProcessContext Ctx(string? reason = null) => User.Context(reason);

    /// <summary>
    /// Runs one service write; if it refuses the input, its messages go into ModelState under
    /// <paramref name="prefix"/> (the bound property's name) and nothing has been saved.
    /// </summary>
    protected async Task<bool> TryAsync(Func<Task> write, string prefix = "Input")
    {
        try
        {
            await write();
            return true;
        }
        catch (ValidationFailedException e)
        {
            foreach (var error in e.Errors)
            {
                ModelState.AddModelError(string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}", error.Message);
            }
            return false;
        }
    }
}
