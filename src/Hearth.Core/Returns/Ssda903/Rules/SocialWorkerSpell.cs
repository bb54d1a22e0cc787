namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>One social worker episode with its dates read (null when blank or not a date).</summary>
public sealed record SocialWorkerSpell(SwEpisodeRow Row, DateOnly? Start, DateOnly? End)
{
    /// <summary>
    /// Each child's social worker episodes that have a readable start, in start order (then end
    /// order, an open episode last). Episodes without a start are left to SW04STG1.
    /// </summary>
    public static IEnumerable<IReadOnlyList<SocialWorkerSpell>> ByChild(Ssda903Return ret) =>
        ret.SwEpisodes
            .Select(r => new SocialWorkerSpell(r, Ssda903Date.Parse(r.SW_DECOM), Ssda903Date.Parse(r.SW_DEC)))
            .Where(s => s.Start is not null)
            .GroupBy(s => ChildrenInReturn.ChildKey(s.Row))
            .Select(g => (IReadOnlyList<SocialWorkerSpell>)[.. g.OrderBy(s => s.Start).ThenBy(s => s.End ?? DateOnly.MaxValue)]);

    /// <summary>1 April 2023: social worker episodes before it need no reason for change (SW01aSTG1, SW01bSTG1).</summary>
    public static readonly DateOnly ReasonRequiredFrom = new(2023, 4, 1);
}
