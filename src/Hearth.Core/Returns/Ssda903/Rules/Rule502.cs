namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>502: the child's first episode this year must start on the date the episode left open at the end of last year's return started. Needs last year's return: finds nothing without it. Flags DECOM.</summary>
public sealed class Rule502 : Ssda903Rule
{
    public override string Code => "502";
    public override string Message => "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.FirstAfterLastYearOpen(context)
            .Where(p => EpisodeHistory.Start(p.First) != EpisodeHistory.Start(p.LastYearOpen))
            .Select(p => Finding(p.First, Ssda903Table.Episodes, nameof(EpisodeRow.DECOM), p.First.DECOM));
}
