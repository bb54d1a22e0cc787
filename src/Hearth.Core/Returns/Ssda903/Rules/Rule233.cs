namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 233: an open episode (no DEC) has no placement change yet, so REASON_PLACE_CHANGE must be blank.
/// (D2I reads a DATE_EPISODE_CEASED column that the CSV does not have; this uses DEC.) Flags REASON_PLACE_CHANGE.
/// </summary>
public sealed class Rule233 : Ssda903Rule
{
    public override string Code => "233";
    public override string Message => "Reason for placement change is not required when the episode has not ceased.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => e.DEC.Trimmed() is null && e.REASON_PLACE_CHANGE.Trimmed() is not null)
            .Select(e => Finding(e, Ssda903Table.Episodes, "REASON_PLACE_CHANGE", e.REASON_PLACE_CHANGE));
}
