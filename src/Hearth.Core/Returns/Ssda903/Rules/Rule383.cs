namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 383: after a temporary placement (T0-T4) the child must go back to the placement before it: the next
/// episode needs RNE P and the same placement type and postcode as the episode before the temporary one.
/// A temporary placement that is the child's first or last episode is not judged. Flags PLACE, RNE and
/// PL_POST of the episode after the temporary placement.
/// </summary>
public sealed class Rule383 : Ssda903Rule
{
    public override string Code => "383";
    public override string Message => "A child in a temporary placement must subsequently return to his/her normal placement.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        ChildrenInReturn.EpisodesOfEachChild(context.Current.Episodes)
            .SelectMany(eps => eps.Skip(2).Select((after, i) => (Before: eps[i], Temporary: eps[i + 1], After: after)))
            .Where(t => EpisodeCodes.TemporaryPlacements.Is(t.Temporary.PLACE)
                && (!Ssda903Values.IsCode(t.After.RNE, "P")
                    || !Ssda903Values.Same(t.After.PLACE, t.Before.PLACE)
                    || !EpisodeHistory.SamePostcode(t.After.PL_POST, t.Before.PL_POST)))
            .SelectMany(t => FindingCells.Named(t.After, nameof(EpisodeRow.PLACE), nameof(EpisodeRow.RNE), nameof(EpisodeRow.PL_POST))
                .Select(c => Finding(t.After, Ssda903Table.Episodes, c.Field, c.Value)));
}
