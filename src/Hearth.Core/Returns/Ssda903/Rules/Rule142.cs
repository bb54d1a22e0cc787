namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>142: every episode but a child's last (by DECOM) must have ended: a DEC (a real date) and a REC. Flags both cells of an earlier episode missing either. Episodes without a real DECOM are not checked (141 reports them).</summary>
public sealed class Rule142 : Ssda903Rule
{
    public override string Code => "142";
    public override string Message => "A new episode has started, but the previous episode has not ended.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => e.CHILD.IsFilled())
            .GroupBy(e => e.CHILD!.Trim())
            .SelectMany(child => child.OrderBy(e => Ssda903Date.Parse(e.DECOM) ?? DateOnly.MaxValue).SkipLast(1))
            .Where(e => Ssda903Date.Parse(e.DECOM) is not null && (Ssda903Date.Parse(e.DEC) is null || e.REC.IsBlank()))
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, [(nameof(EpisodeRow.DEC), e.DEC), (nameof(EpisodeRow.REC), e.REC)]));
}
