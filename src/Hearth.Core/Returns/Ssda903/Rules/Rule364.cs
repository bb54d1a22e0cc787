namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>364: PACE detention in LA accommodation (J2): a continuous J2 spell longer than 21 days (D2I's limit) is flagged. An open episode runs to 31 March. Flags DECOM, LS and DEC of every episode in the spell.</summary>
public sealed class Rule364 : Ssda903Rule
{
    public override string Code => "364";
    public override string Message => "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.OverlongSpells("J2", 21)
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, "DECOM", "LS", "DEC"));
}
