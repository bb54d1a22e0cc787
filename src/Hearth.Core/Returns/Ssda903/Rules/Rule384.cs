namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>384: respite (V3/V4) in a long-term foster placement (U1 or U4); flags PLACE and LS.</summary>
public sealed class Rule384 : Ssda903Rule
{
    public override string Code => "384";
    public override string Message => "A child receiving respite care cannot be in a long-term foster placement";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes.Where(e => EpisodeCodes.ShortBreaks.Is(e.LS) && (Ssda903Values.IsCode(e.PLACE, "U1") || Ssda903Values.IsCode(e.PLACE, "U4")))
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.PLACE), nameof(EpisodeRow.LS))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
