namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// EPI: a child in Header with neither episodes nor an OC3 (care leaver) row: the DfE portal cannot
/// validate the child further until episodes are loaded. Flags the Header CHILD.
/// </summary>
public sealed class RuleEPI : Ssda903Rule
{
    public override string Code => "EPI";
    public override string Message => "WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: This refers to the DfE portal - here, all checks that can be performed with only the available data will be.]";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var known = context.Current.Episodes.Select(ChildrenInReturn.ChildKey)
            .Concat(context.Current.Oc3.Select(ChildrenInReturn.ChildKey))
            .ToHashSet();
        return context.Current.Header
            .Where(h => !known.Contains(h.ChildKey()))
            .Select(h => Finding(h, Ssda903Table.Header, nameof(HeaderRow.CHILD), h.CHILD));
    }
}
