using System.Text.RegularExpressions;

namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 632: DATE_PERM, when given, is dd/mm/yyyy with any unknown part written ZZ (ZZZZ for the year),
/// and must be before the child's first episode here started. A part-known date is compared at its
/// earliest possible day (unknown day or month read as 01), so only a date certainly too late is flagged;
/// with no year there is nothing to compare. Flags DATE_PERM and that first episode's DECOM.
/// </summary>
public sealed partial class Rule632 : Ssda903Rule
{
    public override string Code => "632";
    public override string Message => "Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var episodes = ChildrenInReturn.DatedEpisodesByChild(context.Current.Episodes);
        foreach (var row in context.Current.PrevPerm.Where(p => !Ssda903Values.IsBlank(p.DATE_PERM)))
        {
            var first = row.CHILD is null ? null : episodes[row.CHILD.Trim()].FirstOrDefault();
            var valid = TryEarliest(row.DATE_PERM!.Trim(), out var earliest);
            if (valid && (earliest is null || first is null || earliest < Ssda903Date.Parse(first.DECOM)))
            {
                continue;
            }
            yield return Finding(row, Ssda903Table.PrevPerm, nameof(PrevPermRow.DATE_PERM), row.DATE_PERM);
            if (first is not null)
            {
                yield return Finding(first, Ssda903Table.Episodes, nameof(EpisodeRow.DECOM), first.DECOM);
            }
        }
    }

    private static bool TryEarliest(string text, out DateOnly? earliest)
    {
        earliest = null;
        var match = PartDate().Match(text);
        if (!match.Success)
        {
            return false;
        }
        var (day, month, year) = (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
        if (year == "ZZZZ")
        {
            return (day == "ZZ" || int.Parse(day) is >= 1 and <= 31) && (month == "ZZ" || int.Parse(month) is >= 1 and <= 12);
        }
        earliest = Ssda903Date.Parse($"{(day == "ZZ" ? "01" : day)}/{(month == "ZZ" ? "01" : month)}/{year}");
        return earliest is not null;
    }

    [GeneratedRegex(@"^(\d\d|ZZ)/(\d\d|ZZ)/(\d{4}|ZZZZ)$")]
    private static partial Regex PartDate();
}
