namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>454: a placement distance (derived from the postcodes) over 350 miles. The 2026-27 tables have no PL_DISTANCE column, so the postcodes it comes from are flagged: HOME_POST and PL_POST. Needs the authority's postcode table: finds nothing without it.</summary>
public sealed class Rule454 : Ssda903Rule
{
    private const double MaxMiles = 350;

    public override string Code => "454";
    public override string Message => "Placement distance from home is over 350 miles. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes.Where(e => PostcodeDistance.Miles(context, e) > MaxMiles)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.HOME_POST), nameof(EpisodeRow.PL_POST))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
