namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>446: legal status E1 (placement order) on an episode starting before December 2005 (placement orders began on 30 December 2005; D2I and the DfE wording take 1 December); flags LS and DECOM.</summary>
public sealed class Rule446 : Ssda903Rule
{
    private static readonly DateOnly PlacementOrdersBegan = new(2005, 12, 1);

    public override string Code => "446";
    public override string Message => "E1 is not a valid code for episodes starting before December 2005.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes.Where(e => Ssda903Values.IsCode(e.LS, "E1") && EpisodeHistory.Start(e) is { } start && start < PlacementOrdersBegan)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.LS), nameof(EpisodeRow.DECOM))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
