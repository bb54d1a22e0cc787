namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>391: OC3 (care leavers) is about young people 17 to 21 in the year: a young person not yet 17 on 31 March must have IN_TOUCH, ACTIV and ACCOM blank (as D2I; it does not look for the over-21s). Flags DOB, IN_TOUCH, ACTIV and ACCOM.</summary>
public sealed class Rule391 : Ssda903Rule
{
    public override string Code => "391";
    public override string Message => "Young person was not 17, 18, 19, 20 or 21 during the current collection year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc3.Where(o => Ssda903Date.Parse(o.DOB) is { } dob && ChildrenInReturn.Under(dob, context.CollectionEnd, 17) && (Ssda903Values.IsFilled(o.IN_TOUCH) || Ssda903Values.IsFilled(o.ACTIV) || Ssda903Values.IsFilled(o.ACCOM)))
            .SelectMany(e => FindingCells.Named(e, nameof(Oc3Row.DOB), nameof(Oc3Row.IN_TOUCH), nameof(Oc3Row.ACTIV), nameof(Oc3Row.ACCOM))
                .Select(c => Finding(e, Ssda903Table.Oc3, c.Field, c.Value)));
}
