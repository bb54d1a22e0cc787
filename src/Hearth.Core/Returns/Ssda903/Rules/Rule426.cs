namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>426: a child with both V3 and V4 (two kinds of respite) in the same return; flags LS of every V3 and V4 episode.</summary>
public sealed class Rule426 : Ssda903Rule
{
    public override string Code => "426";
    public override string Message => "A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        ChildrenInReturn.EpisodesOfEachChild(context.Current.Episodes)
            .Where(eps => eps.Any(e => Ssda903Values.IsCode(e.LS, "V3")) && eps.Any(e => Ssda903Values.IsCode(e.LS, "V4")))
            .SelectMany(eps => eps.Where(e => EpisodeCodes.ShortBreaks.Is(e.LS)))
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.LS), e.LS));
}
