namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>398: a respite episode (LS V3/V4) should have no placement distance, i.e. its postcodes should not give one. Flags LS, HOME_POST and PL_POST (there is no PL_DISTANCE column in 2026-27). Needs the authority's postcode table: finds nothing without it.</summary>
public sealed class Rule398 : Ssda903Rule
{
    public override string Code => "398";
    public override string Message => "Distance field completed but child looked after under legal status V3 or V4.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes.Where(e => EpisodeCodes.ShortBreaks.Is(e.LS) && PostcodeDistance.Miles(context, e) is not null)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.LS), nameof(EpisodeRow.HOME_POST), nameof(EpisodeRow.PL_POST))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
