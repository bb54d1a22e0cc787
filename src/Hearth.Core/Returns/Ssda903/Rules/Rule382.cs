namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>382: respite (V3/V4) in a temporary placement (T0-T4); flags LS and PLACE.</summary>
public sealed class Rule382 : Ssda903Rule
{
    public override string Code => "382";
    public override string Message => "A child receiving respite care cannot be in a temporary placement.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes.Where(e => EpisodeCodes.ShortBreaks.Is(e.LS) && EpisodeCodes.TemporaryPlacements.Is(e.PLACE))
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.LS), nameof(EpisodeRow.PLACE))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
