namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 354: an episode cannot cease after 31 March of the collection year. D2I compares the start date
/// (DECOM) here, which the DfE wording does not say; this follows the DfE and flags DEC.
/// </summary>
public sealed class Rule354 : Ssda903Rule
{
    public override string Code => "354";
    public override string Message => "Date episode ceased must be on or before the end of the current collection year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => e.DEC.Date() > context.CollectionEnd)
            .Select(e => Finding(e, Ssda903Table.Episodes, "DEC", e.DEC));
}
