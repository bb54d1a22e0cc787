namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>362: An emergency protection order (L2) may run at most 21 days: a longer continuous L2 spell is flagged. An open episode runs to 31 March. Flags DECOM, LS and DEC of every episode in the spell.</summary>
public sealed class Rule362 : Ssda903Rule
{
    public override string Code => "362";
    public override string Message => "Emergency protection order (EPO) lasted longer than 21 days";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.OverlongSpells("L2", 21)
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, "DECOM", "LS", "DEC"));
}
