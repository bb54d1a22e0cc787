namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 357: a child's first episode in the return, when it starts this year, begins their care, so its RNE
/// must be S (a first episode from an earlier year may follow episodes in earlier returns). Flags RNE.
/// </summary>
public sealed class Rule357 : Ssda903Rule
{
    public override string Code => "357";
    public override string Message => "If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        ChildrenInReturn.DatedEpisodesByChild(context.Current.Episodes).Select(g => g.ToList())
            .Select(episodes => episodes[0])
            .Where(first => first.DECOM.Date() >= context.CollectionStart && first.RNE.Trimmed() != "S")
            .Select(first => Finding(first, Ssda903Table.Episodes, "RNE", first.RNE));
}
