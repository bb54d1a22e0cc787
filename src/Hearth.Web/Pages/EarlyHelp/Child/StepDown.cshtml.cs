using Hearth.Core.Data;
using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Security;

namespace Hearth.Web.Pages.EarlyHelp.Child;

/// <summary>Step the child down from children's social care to early help.</summary>
[RequirePermission(Permission.RecordEarlyHelp)]
public sealed class StepDownModel(HearthDbContext db, StepChanges steps) : StepFormModel(db, steps)
{
    public override StepDirection Direction => StepDirection.StepDown;
}
