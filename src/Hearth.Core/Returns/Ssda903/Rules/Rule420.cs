namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 420: a short break (legal status V3 or V4) has no LA of placement (csc-validator-be-903 rule_420): PL_LA is
/// derived from PL_POST, so a short break whose placement postcode gives an LA fails. Flags PL_POST. Needs the
/// postcode table with LAs: finds nothing without it.
/// </summary>
public sealed class Rule420 : Ssda903Rule
{
    public override string Code => "420";
    public override string Message => "LA of placement completed but child is looked after under legal status V3 or V4.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => EpisodeCodes.ShortBreaks.Is(e.LS) && PlacementArea.La(context, e.PL_POST) is not null)
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.PL_POST), e.PL_POST));
}
