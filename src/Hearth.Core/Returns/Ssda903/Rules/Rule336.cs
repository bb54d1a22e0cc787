namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 336: a placement for adoption with the current foster carer (A3, A5) must follow a foster or
/// adoption placement (A3..A6, U1..U6). D2I tests A3 and A4, against its own comment and the DfE logic
/// (A3 or A5); this follows the DfE. A child's first episode in the return is not checked. Flags PLACE.
/// </summary>
public sealed class Rule336 : Ssda903Rule
{
    private static readonly HashSet<string> FosterOrAdoption = ["A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6"];

    public override string Code => "336";
    public override string Message => "Child does not have a foster placement immediately prior to being placed for adoption.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.WithNeighbours()
            .Where(x => x.Previous is { } previous && x.Episode.PLACE.Trimmed() is "A3" or "A5"
                && !FosterOrAdoption.Contains(previous.PLACE.Trimmed() ?? ""))
            .Select(x => Finding(x.Episode, Ssda903Table.Episodes, "PLACE", x.Episode.PLACE));
}
