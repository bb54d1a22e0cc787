namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>375: a temporary placement for hospital (T1) more than six weeks (end date more than 42 days after the start); open episodes are not measured. Flags DECOM and PLACE.</summary>
public sealed class Rule375 : Ssda903Rule
{
    public override string Code => "375";
    public override string Message => "Hospitalisation coded as a temporary placement exceeds six weeks.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.LongerThan(context.Current, "T1", 42)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.DECOM), nameof(EpisodeRow.PLACE))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
