namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>361: Police protection (L1) is limited to 72 hours: a continuous L1 spell, across adjoining episodes, longer than 3 days is flagged. An open episode runs to 31 March. Flags DECOM, LS and DEC of every episode in the spell.</summary>
public sealed class Rule361 : Ssda903Rule
{
    public override string Code => "361";
    public override string Message => "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.OverlongSpells("L1", 3)
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, "DECOM", "LS", "DEC"));
}
