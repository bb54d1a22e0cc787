namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>1009: REASON_PLACE_CHANGE, when given, must be one of the DfE codes (CARPL...OTHER).</summary>
public sealed class Rule1009 : Ssda903Rule
{
    public override string Code => "1009";
    public override string Message => "Reason for placement change is not a valid code.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => !Ssda903Values.IsBlank(e.REASON_PLACE_CHANGE) && !Ssda903Codes.ReasonPlaceChange.Is(e.REASON_PLACE_CHANGE))
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.REASON_PLACE_CHANGE), e.REASON_PLACE_CHANGE));
}
