namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>363: A child assessment order (L3) lasts at most 7 days: a longer continuous L3 spell is flagged. An open episode runs to 31 March. Flags DECOM, LS and DEC of every episode in the spell.</summary>
public sealed class Rule363 : Ssda903Rule
{
    public override string Code => "363";
    public override string Message => "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.OverlongSpells("L3", 7)
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, "DECOM", "LS", "DEC"));
}
