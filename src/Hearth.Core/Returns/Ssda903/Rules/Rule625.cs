namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 625: the first child's birth (MC_DOB) cannot be after 31 March, nor after the child ceased to be
/// looked after (the DEC of their latest episode). The DfE validator compares with the latest DEC of any
/// episode even while a later episode is open, and skips children with no ended episode; this compares
/// with the last episode's DEC only, and checks 31 March for everyone.
/// </summary>
public sealed class Rule625 : Ssda903Rule
{
    public override string Code => "625";
    public override string Message => "Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var episodes = ChildrenInReturn.DatedEpisodesByChild(context.Current.Episodes);
        foreach (var header in context.Current.Header)
        {
            if (Ssda903Date.Parse(header.MC_DOB) is not { } born)
            {
                continue;
            }
            var latest = episodes.LatestEpisode(header.CHILD);
            var ceased = latest is null ? null : Ssda903Date.Parse(latest.DEC);
            if (born > context.CollectionEnd || born > ceased)
            {
                yield return Finding(header, Ssda903Table.Header, nameof(HeaderRow.MC_DOB), header.MC_DOB);
                if (ceased is not null)
                {
                    yield return Finding(latest!, Ssda903Table.Episodes, nameof(EpisodeRow.DEC), latest!.DEC);
                }
            }
        }
    }
}
