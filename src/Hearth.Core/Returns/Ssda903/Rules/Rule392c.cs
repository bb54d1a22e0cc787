namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>392c: a home or placement postcode that is filled in but not in the authority's postcode table; flags each such cell. Needs the authority's postcode table: finds nothing without it.</summary>
public sealed class Rule392c : Ssda903Rule
{
    public override string Code => "392c";
    public override string Message => "Postcode(s) provided are invalid.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .SelectMany(e => PostcodeDistance.UnknownPostcodes(context, e).Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
