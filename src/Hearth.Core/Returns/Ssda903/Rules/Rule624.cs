namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>624: MC_DOB recorded last year cannot change (or be dropped) this year. Needs last year's return (none: no findings).</summary>
public sealed class Rule624 : Ssda903Rule
{
    public override string Code => "624";
    public override string Message => "Date of birth of the first child contradicts the date of birth of the first child previously recorded.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Previous is null)
        {
            return [];
        }
        var previous = context.Previous.Header.Where(h => !Ssda903Values.IsBlank(h.MC_DOB)).ToLookup(h => Ssda903Values.Code(h.CHILD));
        return context.Current.Header
            .Where(h => previous[Ssda903Values.Code(h.CHILD)].Any(p => Ssda903Values.Code(p.MC_DOB) != Ssda903Values.Code(h.MC_DOB)))
            .Select(h => Finding(h, Ssda903Table.Header, nameof(HeaderRow.MC_DOB), h.MC_DOB));
    }
}
