namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>633: LA_PERM, when given, must be an English local authority code or WAL, SCO, NUK or NIR.</summary>
public sealed class Rule633 : Ssda903Rule
{
    private static readonly HashSet<string> Valid =
    [
        .. ("800,889,822,301,304,303,330,825,837,302,846,370,350,890,867,380,305,801,351,873,823,895,896,"
            + "381,909,202,908,331,306,841,830,831,878,371,835,332,840,307,308,811,881,845,390,916,203,876,"
            + "850,311,204,884,312,205,313,805,919,310,309,420,921,206,207,886,810,382,314,340,888,208,856,"
            + "383,855,209,925,341,201,821,352,806,887,826,315,929,812,391,926,892,813,802,928,891,392,316,"
            + "815,353,931,879,836,851,874,807,354,317,870,318,372,857,333,935,343,803,373,342,893,356,355,"
            + "871,394,334,933,882,936,861,852,319,860,808,393,866,210,357,894,883,880,358,211,937,869,320,"
            + "359,865,384,335,336,212,868,872,885,344,877,213,938,816,999").Split(','),
        "WAL", "SCO", "NUK", "NIR",
    ];

    public override string Code => "633";
    public override string Message => "Local authority code where previous permanence option was arranged is not a valid value.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.PrevPerm
            .Where(p => !Ssda903Values.IsBlank(p.LA_PERM) && !Valid.Contains(Ssda903Values.Code(p.LA_PERM)))
            .Select(p => Finding(p, Ssda903Table.PrevPerm, nameof(PrevPermRow.LA_PERM), p.LA_PERM));
}
