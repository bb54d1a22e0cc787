namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>406: a child who is or was UASC (a UASC row this year or last) should have no placement distance, i.e. the postcodes should not give one. Former UASC children not in the loaded tables are missed. Flags HOME_POST and PL_POST (there is no PL_DISTANCE column in 2026-27). Needs the authority's postcode table: finds nothing without it.</summary>
public sealed class Rule406 : Ssda903Rule
{
    public override string Code => "406";
    public override string Message => "Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank. [NOTE: This check will result in false negatives for children formerly UASC not identified as such in loaded data]";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.UascEpisodes(context)
            .Where(e => PostcodeDistance.Miles(context, e) is not null)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.HOME_POST), nameof(EpisodeRow.PL_POST))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
