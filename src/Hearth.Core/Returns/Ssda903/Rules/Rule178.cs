namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>178: the placement provider (Episodes PLACE_PROVIDER), when given, must be PR0 to PR5, and is not given for placements with no provider (T0 to T3, Z11 to Z14).</summary>
public sealed class Rule178 : Ssda903Rule
{
    private static readonly HashSet<string> PlacementsWithoutProvider = ["T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14"];

    public override string Code => "178";
    public override string Message => "Placement provider code is not a valid code.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => e.PLACE_PROVIDER.IsFilled() && (!Ssda903Codes.PlacementProvider.Is(e.PLACE_PROVIDER) || PlacementsWithoutProvider.Is(e.PLACE)))
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.PLACE_PROVIDER), e.PLACE_PROVIDER));
}
