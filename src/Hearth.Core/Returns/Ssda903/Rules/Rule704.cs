namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>704: a DoLO end date, when given, must fall in the collection year (a DoLO that ended earlier belongs to an earlier return).</summary>
public sealed class Rule704 : Ssda903Rule
{
    public override string Code => "704";
    public override string Message => "The date that the DoLO ended is before the start or after the end of the collection year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Dolo
            .Where(d => Ssda903Date.Parse(d.DOLO_END) is { } end && !context.InYear(end))
            .Select(d => Finding(d, Ssda903Table.Dolo, nameof(DoloRow.DOLO_END), d.DOLO_END));
}
