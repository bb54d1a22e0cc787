namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>301: a date of birth after 31 March of the collection year. Flags DOB.</summary>
public sealed class Rule301 : Ssda903Rule
{
    public override string Code => "301";
    public override string Message => "Date of birth falls after the year ended.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Header
            .Where(h => h.DOB.Date() > context.CollectionEnd)
            .Select(h => Finding(h, Ssda903Table.Header, "DOB", h.DOB));
}
