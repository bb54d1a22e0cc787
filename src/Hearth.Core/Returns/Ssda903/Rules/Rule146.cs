namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>146: the placement type (Episodes PLACE), when given, must be a 2025-26 onward code (H5, P2 and Z1 are no longer valid).</summary>
public sealed class Rule146 : Ssda903Rule
{
    public override string Code => "146";
    public override string Message => "Placement type code is not a valid code.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        this.InvalidCodes(context.Current.Episodes, Ssda903Table.Episodes, nameof(EpisodeRow.PLACE), e => e.PLACE, Ssda903Codes.Placement);
}
