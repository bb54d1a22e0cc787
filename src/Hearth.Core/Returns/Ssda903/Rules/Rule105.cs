namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>105: the UASC flag is an item of the XML return's header only. The CSV Header table (HeaderRow) has no UASC column (a UASC child is one with a row in the UASC table), so, as the DfE validator does for CSV returns, there is nothing to check.</summary>
public sealed class Rule105 : Ssda903Rule
{
    public override string Code => "105";
    public override string Message => "Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) => [];
}
