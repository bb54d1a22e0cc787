namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 2888Q (LA level): when every child with a disability has exactly one code recorded, multiple
/// disabilities are probably not being recorded. A return with no disabled child is not queried.
/// </summary>
/// <remarks>Reported for the return with no child or value, as the D2I validator does.</remarks>
public sealed class Rule2888Q : CinCensusRule
{
    public override string Code => "2888Q";
    public override string Message => "Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.";

    public override IEnumerable<CensusFinding> Check(CensusContext context)
    {
        var perChild = context.Message.Children
            .Select(c => c.Disabilities.Count(d => !string.IsNullOrWhiteSpace(d) && d.Trim() != People.CodeLists.Disability.None))
            .Where(n => n > 0)
            .ToList();
        if (perChild.Count > 0 && perChild.All(n => n == 1))
        {
            yield return Finding(null, CensusTable.Disabilities, CensusField.Disability, (string?)null);
        }
    }
}
