namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>197B: a child in the OC2 cohort who turns 4 or 17 during the year should have an SDQ score or a reason for none. Flags SDQ_REASON and DOB.</summary>
public sealed class Rule197B : Ssda903Rule
{
    public override string Code => "197B";
    public override string Message => "SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var cohort = context.ContinuouslyLookedAfter();
        bool TurnsDuringYear(string? dob, int years) =>
            ChildrenInReturn.Birthday(dob, years) is { } birthday && birthday >= context.CollectionStart && birthday <= context.CollectionEnd;
        return context.Current.Oc2
            .Where(o => o.In(cohort) && !FindingCells.SdqCells(o).AnyFilled() && (TurnsDuringYear(o.DOB, 4) || TurnsDuringYear(o.DOB, 17)))
            .SelectMany(o => this.Cells(o, Ssda903Table.Oc2, [(nameof(Oc2Row.SDQ_REASON), o.SDQ_REASON), (nameof(Oc2Row.DOB), o.DOB)]));
    }
}
