namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>393: a girl looked after other than only under respite (an episode with LS not V3/V4) needs MOTHER (whether she is a mother) completed; flags MOTHER.</summary>
public sealed class Rule393 : Ssda903Rule
{
    public override string Code => "393";
    public override string Message => "Child is looked after but mother field is not completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var lookedAfter = EpisodeHistory.LookedAfterBeyondRespite(context.Current);
        return context.Current.Header
            .Where(h => Ssda903Values.IsCode(h.SEX, "F") && !Ssda903Values.IsFilled(h.MOTHER) && h.In(lookedAfter))
            .Select(h => Finding(h, Ssda903Table.Header, nameof(HeaderRow.MOTHER), h.MOTHER));
    }
}
