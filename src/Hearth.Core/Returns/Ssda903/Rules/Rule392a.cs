namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>392a: an episode not under respite (LS not V3/V4) of a child with no UASC record this year or last must have a placement distance, i.e. both postcodes found in the postcode table. Former UASC children not in the loaded UASC tables may be false positives. Flags HOME_POST and PL_POST (there is no PL_DISTANCE column in 2026-27). Needs the authority's postcode table: finds nothing without it.</summary>
public sealed class Rule392a : Ssda903Rule
{
    public override string Code => "392a";
    public override string Message => "Child is looked after but no distance is recorded. [NOTE: This check may result in false positives for children formerly UASC]";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Postcodes is null
            ? []
            : EpisodeHistory.WithoutUasc(context)
                .Where(e => !EpisodeCodes.ShortBreaks.Is(e.LS) && PostcodeDistance.Miles(context, e) is null)
                .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.HOME_POST), nameof(EpisodeRow.PL_POST))
                    .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
