namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>380: a temporary placement (T0-T4) must follow a change of placement within care (RNE P or B, as D2I reads it), never start a period of care; flags PLACE and RNE.</summary>
public sealed class Rule380 : Ssda903Rule
{
    public override string Code => "380";
    public override string Message => "A period of care cannot start with a temporary placement.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes.Where(e => EpisodeCodes.TemporaryPlacements.Is(e.PLACE) && !((Ssda903Values.IsCode(e.RNE, "P")) || Ssda903Values.IsCode(e.RNE, "B")))
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.PLACE), nameof(EpisodeRow.RNE))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
