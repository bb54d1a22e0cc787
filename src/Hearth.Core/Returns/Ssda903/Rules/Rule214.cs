namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>214: short breaks (legal status V3, V4) are not reported with a placement location: PL_POST and URN must be blank. Flags both cells.</summary>
public sealed class Rule214 : Ssda903Rule
{
    public override string Code => "214";
    public override string Message => "Placement location information not required.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => e.LS.Trimmed() is "V3" or "V4" && (e.PL_POST.Trimmed() is not null || e.URN.Trimmed() is not null))
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, "PL_POST", "URN"));
}
