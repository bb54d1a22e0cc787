namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>453: when the first episode this year carries on the episode left open at the end of last year (same RNE), the placement distances (derived from the postcodes) must agree within 0.2 miles, as D2I. Needs last year's return and the postcode table: finds nothing without either. Flags HOME_POST and PL_POST of the first episode (there is no PL_DISTANCE column in 2026-27).</summary>
public sealed class Rule453 : Ssda903Rule
{
    private const double Tolerance = 0.2;

    public override string Code => "453";
    public override string Message => "Contradiction between placement distance in the last episode of the previous year and in the first episode of the current year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.FirstAfterLastYearOpen(context)
            .Where(p => Ssda903Values.Same(p.First.RNE, p.LastYearOpen.RNE)
                && PostcodeDistance.Miles(context, p.First) is { } now && PostcodeDistance.Miles(context, p.LastYearOpen) is { } then
                && Math.Abs(now - then) >= Tolerance)
            .SelectMany(p => FindingCells.Named(p.First, nameof(EpisodeRow.HOME_POST), nameof(EpisodeRow.PL_POST))
                .Select(c => Finding(p.First, Ssda903Table.Episodes, c.Field, c.Value)));
}
