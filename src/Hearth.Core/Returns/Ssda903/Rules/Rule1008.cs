using System.Text.RegularExpressions;

namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 1008: the placement's Ofsted URN, when given, must be a real one. The DfE validator looks it up in
/// Ofsted's provider list, which Hearth does not hold; this checks the form only: SC and six digits
/// (social care providers), six or seven digits, or the placeholder XXXXXXX.
/// </summary>
public sealed partial class Rule1008 : Ssda903Rule
{
    public override string Code => "1008";
    public override string Message => "Ofsted Unique Reference Number (URN) is not valid.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => !Ssda903Values.IsBlank(e.URN) && !Urn().IsMatch(e.URN!.Trim()))
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.URN), e.URN));

    [GeneratedRegex(@"^(SC\d{6}|\d{6,7}|XXXXXXX)$")]
    private static partial Regex Urn();
}
