namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>222: placements with no Ofsted registration (<see cref="EpisodeCodes.PlacementsWithoutUrn"/>) take no URN other than the XXXXXXX placeholder. Flags URN.</summary>
public sealed class Rule222 : Ssda903Rule
{
    public override string Code => "222";
    public override string Message => "Ofsted Unique reference number (URN) should not be recorded for this placement type.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => EpisodeCodes.PlacementsWithoutUrn.Contains(e.PLACE.Trimmed() ?? "")
                && e.URN.Trimmed() is { } urn && urn != "XXXXXXX")
            .Select(e => Finding(e, Ssda903Table.Episodes, "URN", e.URN));
}
