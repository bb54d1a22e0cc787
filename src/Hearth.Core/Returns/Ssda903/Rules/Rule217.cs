namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 217: from 1 April 2015, a placement for adoption with the current foster carers (A3, A5) keeps the
/// carer, so the episode must start care (S) or change only the placement type (T, U). Flags PLACE, DECOM and RNE.
/// </summary>
public sealed class Rule217 : Ssda903Rule
{
    private static readonly DateOnly From = new(2015, 4, 1);

    public override string Code => "217";
    public override string Message => "Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => e.PLACE.Trimmed() is "A3" or "A5" && e.DECOM.Date() >= From && e.RNE.Trimmed() is not ("S" or "T" or "U"))
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, "PLACE", "DECOM", "RNE"));
}
