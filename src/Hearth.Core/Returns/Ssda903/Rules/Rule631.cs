namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>631: PREV_PERM, when given, must be P1, P2, P3, P4 or Z1 (blank is 630's concern).</summary>
public sealed class Rule631 : Ssda903Rule
{
    public override string Code => "631";
    public override string Message => "Previous permanence option not a valid value.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.PrevPerm
            .Where(p => !Ssda903Values.IsBlank(p.PREV_PERM) && !Ssda903Codes.PreviousPermanence.Is(p.PREV_PERM))
            .Select(p => Finding(p, Ssda903Table.PrevPerm, nameof(PrevPermRow.PREV_PERM), p.PREV_PERM));
}
