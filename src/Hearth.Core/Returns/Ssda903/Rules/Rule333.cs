namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>333: with a matching date (DATE_MATCH), the decision that the child should be placed for adoption (DATE_INT) must be given and on or before it. Flags DATE_INT.</summary>
public sealed class Rule333 : Ssda903Rule
{
    public override string Code => "333";
    public override string Message => "Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Ad1
            .Where(a => a.DATE_MATCH.Date() is { } match && (a.DATE_INT.Date() is not { } decided || decided > match))
            .Select(a => Finding(a, Ssda903Table.Ad1, "DATE_INT", a.DATE_INT));
}
