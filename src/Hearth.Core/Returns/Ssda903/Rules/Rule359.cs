namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 359: a young person still looked after (open episode) who is 18 by 31 March must be under
/// section 20(5) (V2) in a community home (K2). Flags DEC, LS and PLACE of the open episode.
/// </summary>
public sealed class Rule359 : Ssda903Rule
{
    public override string Code => "359";
    public override string Message => "Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var headers = context.Current.HeadersByChild();
        return context.Current.Episodes
            .Where(e => string.IsNullOrWhiteSpace(e.DEC)
                && headers.FirstHeaderBirthDate(e.CHILD) is { } dob && dob.PlusYears(18) < context.CollectionEnd
                && !(e.LS.Trimmed() == "V2" && e.PLACE.Trimmed() == "K2"))
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, "DEC", "LS", "PLACE"));
    }
}
