namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>353: no episode may start before 14 October 1991 (the Children Act 1989 came into force). Flags DECOM.</summary>
public sealed class Rule353 : Ssda903Rule
{
    private static readonly DateOnly ChildrenActInForce = new(1991, 10, 14);

    public override string Code => "353";
    public override string Message => "No episode submitted can start before 14 October 1991.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => e.DECOM.Date() < ChildrenActInForce)
            .Select(e => Finding(e, Ssda903Table.Episodes, "DECOM", e.DECOM));
}
