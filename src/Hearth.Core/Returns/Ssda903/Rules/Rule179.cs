namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>179: the placement location (PL_LOCATION, in or out of the authority, derived from the placement postcode) must be known for every episode but a V3/V4 short break: the placement postcode (Episodes PL_POST) must be given and be in the postcode table. Needs the postcode table (<see cref="Ssda903Context.Postcodes"/>): without one it finds nothing. Flags PL_POST.</summary>
public sealed class Rule179 : Ssda903Rule
{
    public override string Code => "179";
    public override string Message => "Placement location code is not a valid code.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        PostcodeDistance.PlacementPostcodeUnknown(context)
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.PL_POST), e.PL_POST));
}
