namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>503F: the Ofsted URN of the child's first episode this year must match last year's episode still open at 31 March. Needs last year's return.</summary>
public sealed class Rule503F : CareHistoryRule
{
    public override string Code => "503F";
    public override string Message => "The Ofsted URN in the  first episode does not match open episode at end of last year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        CarriedOverEpisodes(context)
            .Where(pair => Ssda903Values.Code(pair.First.URN) != Ssda903Values.Code(pair.OpenLastYear.URN))
            .SelectMany(pair => this.Cells(pair.First, Ssda903Table.Episodes, nameof(EpisodeRow.URN)));
}
