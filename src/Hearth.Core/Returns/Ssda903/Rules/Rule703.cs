namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>703: a DoLO in this year's return cannot start after 31 March.</summary>
public sealed class Rule703 : Ssda903Rule
{
    public override string Code => "703";
    public override string Message => "The date that the DoLO started is after the end of the collection year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Dolo
            .Where(d => Ssda903Date.Parse(d.DOLO_START) > context.CollectionEnd)
            .Select(d => Finding(d, Ssda903Table.Dolo, nameof(DoloRow.DOLO_START), d.DOLO_START));
}
