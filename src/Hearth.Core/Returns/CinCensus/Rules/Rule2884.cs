namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 2884: one initial conference must not be recorded both on a section 47 and at episode level.
/// As in the D2I validator, "the same conference" is the same date for the same child, and both
/// cells are flagged.
/// </summary>
public sealed class Rule2884 : ChildRule
{
    public override string Code => "2884";
    public override string Message => "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        var episodeConferences = child.CinDetails.Select(e => e.DateOfInitialCpc).OfType<DateOnly>().ToHashSet();
        foreach (var s47 in child.CinDetails.SelectMany(e => e.Section47s))
        {
            if (s47.DateOfInitialCpc is { } date && episodeConferences.Contains(date))
            {
                yield return Finding(child, CensusTable.Section47, CensusField.DateOfInitialCpc, date);
                yield return Finding(child, CensusTable.CinDetails, CensusField.DateOfInitialCpc, date);
            }
        }
    }
}
