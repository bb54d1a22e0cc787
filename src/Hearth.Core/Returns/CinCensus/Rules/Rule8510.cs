namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8510: an LAchildID may appear on one child only. Every child sharing the ID is flagged, as the
/// DfE does, since the file cannot say which of them is the right one. A missing ID is rule 8500's.
/// </summary>
public sealed class Rule8510 : CinCensusRule
{
    public override string Code => "8510";
    public override string Message => "More than one child record with the same LA Child ID";

    public override IEnumerable<CensusFinding> Check(CensusContext context) =>
        context.Message.Children
            .Where(c => !string.IsNullOrWhiteSpace(c.LaChildId))
            .GroupBy(c => c.LaChildId, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g)
            .Select(c => Finding(c, CensusTable.ChildIdentifiers, CensusField.LaChildId, c.LaChildId));
}
