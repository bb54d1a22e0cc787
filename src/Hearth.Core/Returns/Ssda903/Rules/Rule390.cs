namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>390: an episode ending in adoption (E11/E12) must be a placement for adoption (A3-A6); flags PLACE and REC.</summary>
public sealed class Rule390 : Ssda903Rule
{
    public override string Code => "390";
    public override string Message => "Reason episode ceased is adopted but child has not been previously placed for adoption.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes.Where(e => (Ssda903Values.IsCode(e.REC, "E11") || Ssda903Values.IsCode(e.REC, "E12")) && !EpisodeCodes.PlacedForAdoption.Is(e.PLACE))
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.PLACE), nameof(EpisodeRow.REC))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
