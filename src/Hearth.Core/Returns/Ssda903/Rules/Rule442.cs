namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>442: a child looked after other than only under respite (an episode with LS not V3/V4) needs a UPN (or a UN code); flags UPN.</summary>
public sealed class Rule442 : Ssda903Rule
{
    public override string Code => "442";
    public override string Message => "Unique Pupil Number (UPN) field is not completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var lookedAfter = EpisodeHistory.LookedAfterBeyondRespite(context.Current);
        return context.Current.Header
            .Where(h => !Ssda903Values.IsFilled(h.UPN) && h.In(lookedAfter))
            .Select(h => Finding(h, Ssda903Table.Header, nameof(HeaderRow.UPN), h.UPN));
    }
}
