namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>213: temporary (T0..T4) and other (Z11..Z14) placements have no provider, so PLACE_PROVIDER must be blank. Flags PLACE_PROVIDER.</summary>
public sealed class Rule213 : Ssda903Rule
{
    private static readonly HashSet<string> NoProvider = ["T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"];

    public override string Code => "213";
    public override string Message => "Placement provider information not required.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => NoProvider.Contains(e.PLACE.Trimmed() ?? "") && e.PLACE_PROVIDER.Trimmed() is not null)
            .Select(e => Finding(e, Ssda903Table.Episodes, "PLACE_PROVIDER", e.PLACE_PROVIDER));
}
