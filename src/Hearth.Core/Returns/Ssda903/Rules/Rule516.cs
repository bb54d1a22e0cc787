namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>516: an episode ending E45 or E46 (staying with former foster carers) must be a foster placement, U1 to U6.</summary>
public sealed class Rule516 : CareHistoryRule
{
    public override string Code => "516";
    public override string Message => "The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.";

    private static readonly HashSet<string> Foster = ["U1", "U2", "U3", "U4", "U5", "U6"];

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => Ssda903Values.Code(e.REC) is "E45" or "E46" && !Foster.Contains(Ssda903Values.Code(e.PLACE)))
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, nameof(EpisodeRow.REC), nameof(EpisodeRow.PLACE)));
}
