namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>702: a DoLO cannot end before it started. Flags both dates.</summary>
public sealed class Rule702 : Ssda903Rule
{
    public override string Code => "702";
    public override string Message => "The date that the DoLO ended is before the date that it started.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Dolo
            .Where(d => Ssda903Date.Parse(d.DOLO_END) < Ssda903Date.Parse(d.DOLO_START))
            .SelectMany(d => FindingCells.Flagged(d, nameof(DoloRow.DOLO_START), nameof(DoloRow.DOLO_END)))
            .Select(c => Finding(c.Row, c.Table, c.Field, c.Value));
}
