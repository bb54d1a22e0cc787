namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>392b: an episode not under respite (LS not V3/V4) of a child with no UASC record this year or last needs both home and placement postcodes. Former UASC children not in the loaded UASC tables may be false positives. Flags HOME_POST and PL_POST.</summary>
public sealed class Rule392b : Ssda903Rule
{
    public override string Code => "392b";
    public override string Message => "Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.WithoutUasc(context)
            .Where(e => !EpisodeCodes.ShortBreaks.Is(e.LS) && !(Ssda903Values.IsFilled(e.HOME_POST) && Ssda903Values.IsFilled(e.PL_POST)))
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.HOME_POST), nameof(EpisodeRow.PL_POST))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
