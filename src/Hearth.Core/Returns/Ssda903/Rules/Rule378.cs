namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>378: a placement with parents (P1) under a single period of section 20 accommodation (V2); flags PLACE and LS.</summary>
public sealed class Rule378 : Ssda903Rule
{
    public override string Code => "378";
    public override string Message => "A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes.Where(e => Ssda903Values.IsCode(e.PLACE, "P1") && Ssda903Values.IsCode(e.LS, "V2"))
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.PLACE), nameof(EpisodeRow.LS))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
