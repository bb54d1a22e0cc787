namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>385: an episode end date after 31 March of the collection year; flags DEC.</summary>
public sealed class Rule385 : Ssda903Rule
{
    public override string Code => "385";
    public override string Message => "Date episode ceased must be on or before the end of the current collection year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes.Where(e => EpisodeHistory.End(e) is { } end && end > context.CollectionEnd)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.DEC))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
