namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 2887Q (LA level): a return should use more than 7 different disability codes, NONE aside; a low
/// count suggests disabilities are not being recorded.
/// </summary>
/// <remarks>
/// The D2I validator keeps only the NONE codes and counts rows rather than distinct codes (so it
/// fires on almost every return); this follows the DfE wording instead. Reported for the return
/// with no child or value, as D2I does.
/// </remarks>
public sealed class Rule2887Q : CinCensusRule
{
    public const int MinimumCodes = 8;

    public override string Code => "2887Q";
    public override string Message => "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return";

    public override IEnumerable<CensusFinding> Check(CensusContext context)
    {
        if (context.Message.Children.Count == 0)
        {
            yield break;
        }

        var used = context.Message.Children
            .SelectMany(c => c.Disabilities)
            .Where(d => !string.IsNullOrWhiteSpace(d) && d.Trim() != People.CodeLists.Disability.None)
            .Select(d => d.Trim())
            .Distinct(StringComparer.Ordinal)
            .Count();
        if (used < MinimumCodes)
        {
            yield return Finding(null, CensusTable.Disabilities, CensusField.Disability, (string?)null);
        }
    }
}
