namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 635: with PREV_PERM Z1 (no previous permanence order) there is no order date or arranging
/// authority, so LA_PERM and DATE_PERM must be blank. The DfE validator flags a blank PREV_PERM
/// instead; this follows the DfE wording (Z1).
/// </summary>
public sealed class Rule635 : Ssda903Rule
{
    public override string Code => "635";
    public override string Message => "There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.PrevPerm
            .Where(p => Ssda903Values.Code(p.PREV_PERM) == "Z1" && (!Ssda903Values.IsBlank(p.LA_PERM) || !Ssda903Values.IsBlank(p.DATE_PERM)))
            .SelectMany(p => FindingCells.Flagged(p, nameof(PrevPermRow.LA_PERM), nameof(PrevPermRow.DATE_PERM), nameof(PrevPermRow.PREV_PERM)))
            .Select(c => Finding(c.Row, c.Table, c.Field, c.Value));
}
