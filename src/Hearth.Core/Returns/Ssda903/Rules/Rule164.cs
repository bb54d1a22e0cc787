namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>164: the placement distance (home postcode to placement postcode, PL_DISTANCE in the DfE return) must be computable and 0 to 999.9 miles, except for V3/V4 short breaks and for children who are or were UASC (a UASC row this year or last). Needs the postcode table (<see cref="Ssda903Context.Postcodes"/>): without one it finds nothing. Episodes with either postcode blank are not checked (the DfE validator has no distance for them). A postcode given but not in the table is flagged, as the DfE wording asks ("check a valid postcode has been entered"); the DfE validator, which drops distances it cannot compute, would not flag it. Flags the postcode cells that are not found, or both when the distance is out of range.</summary>
public sealed class Rule164 : Ssda903Rule
{
    private const double LongestDistanceMiles = 999.9;

    public override string Code => "164";
    public override string Message => "Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Postcodes is not { } postcodes)
        {
            return [];
        }

        var uasc = ChildrenInReturn.UascOrFormerlyUasc(context);
        var findings = new List<Ssda903Finding>();
        foreach (var e in context.Current.Episodes.Where(e => !e.In(uasc) && !EpisodeCodes.ShortBreaks.Is(e.LS)
            && e.HOME_POST.IsFilled() && e.PL_POST.IsFilled()))
        {
            var home = postcodes.Find(e.HOME_POST!.Trim());
            var placement = postcodes.Find(e.PL_POST!.Trim());
            if (home is null)
            {
                findings.Add(Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.HOME_POST), e.HOME_POST));
            }

            if (placement is null)
            {
                findings.Add(Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.PL_POST), e.PL_POST));
            }

            if (home is { } h && placement is { } p && PostcodeDistance.Miles(h, p) > LongestDistanceMiles)
            {
                findings.Add(Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.HOME_POST), e.HOME_POST));
                findings.Add(Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.PL_POST), e.PL_POST));
            }
        }

        return findings;
    }
}
