namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>1006: MISSING, when given, must be M (missing) or A (away without authorisation).</summary>
public sealed class Rule1006 : Ssda903Rule
{
    public override string Code => "1006";
    public override string Message => "Missing type invalid.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Missing
            .Where(m => !Ssda903Values.IsBlank(m.MISSING) && !Ssda903Codes.MissingType.Is(m.MISSING))
            .Select(m => Finding(m, Ssda903Table.Missing, nameof(MissingRow.MISSING), m.MISSING));
}
