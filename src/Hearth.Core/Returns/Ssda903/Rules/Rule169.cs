namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>169: the local authority of placement (PL_LA, derived from the placement postcode) must be known for every episode but a V3/V4 short break: the placement postcode (Episodes PL_POST) must be given and be in the postcode table. Needs the postcode table (<see cref="Ssda903Context.Postcodes"/>): without one it finds nothing. Flags PL_POST.</summary>
public sealed class Rule169 : Ssda903Rule
{
    public override string Code => "169";
    public override string Message => "Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        PostcodeDistance.PlacementPostcodeUnknown(context)
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.PL_POST), e.PL_POST));
}
