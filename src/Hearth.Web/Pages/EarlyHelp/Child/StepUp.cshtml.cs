using Hearth.Core.Data;
using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Security;

namespace Hearth.Web.Pages.EarlyHelp.Child;

/// <summary>Step the child up from early help to children's social care.</summary>
[RequirePermission(Permission.RecordEarlyHelp)]
public sealed class StepUpModel(HearthDbContext db, StepChanges steps) : StepFormModel(db, steps)
{
    public override StepDirection Direction => StepDirection.StepUp;
}
