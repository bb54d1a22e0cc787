namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>377: more than two temporary placements for the usual foster carers holiday (T3) for a child; as D2I, all T3 episodes in the return count (a return spans about a year). Flags PLACE of each.</summary>
public sealed class Rule377 : Ssda903Rule
{
    public override string Code => "377";
    public override string Message => "Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.WhereMoreThan(context.Current.Episodes, e => Ssda903Values.IsCode(e.PLACE, "T3"), 2)
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.PLACE), e.PLACE));
}
