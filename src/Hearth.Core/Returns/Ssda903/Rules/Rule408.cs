namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>408: a placement for adoption with a placement order (A5/A6) needs legal status E1 (placement order); flags PLACE and LS.</summary>
public sealed class Rule408 : Ssda903Rule
{
    public override string Code => "408";
    public override string Message => "Child is placed for adoption with a placement order, but no placement order has been recorded.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes.Where(e => (Ssda903Values.IsCode(e.PLACE, "A5") || Ssda903Values.IsCode(e.PLACE, "A6")) && !Ssda903Values.IsCode(e.LS, "E1"))
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.PLACE), nameof(EpisodeRow.LS))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
