namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>168: the UPN (Header UPN), when given, is a letter other than I, O or S then 12 digits, or 11 digits and a letter; or UN1 to UN5 when unknown.</summary>
public sealed class Rule168 : Ssda903Rule
{
    private static readonly System.Text.RegularExpressions.Regex Upn = new(@"^([A-HJ-NP-RT-Z](\d{12}|\d{11}[A-Z])|UN[1-5])$");

    public override string Code => "168";
    public override string Message => "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Header
            .Where(h => h.UPN.IsFilled() && !Upn.IsMatch(h.UPN!.Trim()))
            .Select(h => Finding(h, Ssda903Table.Header, nameof(HeaderRow.UPN), h.UPN));
}
