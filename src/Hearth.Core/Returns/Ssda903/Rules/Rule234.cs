namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 234: a child under 10 (below the age of criminal responsibility) cannot leave a placement for
/// custody: REASON_PLACE_CHANGE CUSTOD when the child is under 10 on the date of the change (the
/// episode's DEC). D2I reads a DOB column that Episodes lacks and takes the age at DECOM; this uses
/// the header's DOB and the date the placement changed. Flags REASON_PLACE_CHANGE.
/// </summary>
public sealed class Rule234 : Ssda903Rule
{
    public override string Code => "234";
    public override string Message => "A child aged under 10 can not change placement due to being admitted to custody";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var headers = context.Current.HeadersByChild();
        return context.Current.Episodes
            .Where(e => e.REASON_PLACE_CHANGE.Trimmed() == "CUSTOD" && headers.FirstHeaderBirthDate(e.CHILD) is { } dob
                && (e.DEC.Date() ?? e.DECOM.Date()) is { } changed && changed < dob.PlusYears(10))
            .Select(e => Finding(e, Ssda903Table.Episodes, "REASON_PLACE_CHANGE", e.REASON_PLACE_CHANGE));
    }
}
