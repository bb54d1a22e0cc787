namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>392d: home and placement postcodes the same (compared without spaces, any case) when the placement is not with parents (P1); both must be there. Flags HOME_POST, PL_POST and PLACE.</summary>
public sealed class Rule392d : Ssda903Rule
{
    public override string Code => "392d";
    public override string Message => "Home and placement postcodes should not be same unless the placement type is P1.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes.Where(e => !Ssda903Values.IsCode(e.PLACE, "P1") && Ssda903Values.IsFilled(e.HOME_POST) && EpisodeHistory.SamePostcode(e.HOME_POST, e.PL_POST))
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.HOME_POST), nameof(EpisodeRow.PL_POST), nameof(EpisodeRow.PLACE))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
