namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>356: an episode cannot cease before it started. Flags DECOM (as the DfE validator does).</summary>
public sealed class Rule356 : Ssda903Rule
{
    public override string Code => "356";
    public override string Message => "The date the episode ceased is before the date the same episode started.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => e.DEC.Date() < e.DECOM.Date())
            .Select(e => Finding(e, Ssda903Table.Episodes, "DECOM", e.DECOM));
}
