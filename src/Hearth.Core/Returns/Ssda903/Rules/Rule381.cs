namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>381: an episode in a temporary placement (T0-T4) that ends must end with X1 (a new episode begins); an open one is fine. Flags PLACE and REC.</summary>
public sealed class Rule381 : Ssda903Rule
{
    public override string Code => "381";
    public override string Message => "A period of care cannot end with a temporary placement.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes.Where(e => EpisodeCodes.TemporaryPlacements.Is(e.PLACE) && Ssda903Values.IsFilled(e.REC) && !Ssda903Values.IsCode(e.REC, "X1"))
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.PLACE), nameof(EpisodeRow.REC))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
