using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;

namespace Hearth.Core.Tests.Returns.Ssda903;

/// <summary>
/// A valid 2026-27 return to start each rule test from: one child, looked after under section 20
/// since 2 June 2026, placed with in-house foster carers. A test changes the one thing its rule looks at.
/// </summary>
public static class Ssda903TestData
{
    public static readonly CensusYear Year = new(2026);

    public static Ssda903Return Return(Action<Ssda903Return>? with = null)
    {
        var ret = new Ssda903Return
        {
            Header = [new HeaderRow { Row = 1, CHILD = "1001", SEX = "F", DOB = "14/03/2015", ETHNIC = "WBRI", UPN = "P201123456789" }],
            Episodes =
            [
                new EpisodeRow
                {
                    Row = 1, CHILD = "1001", DECOM = "02/06/2026", RNE = "S", LS = "V2", CIN = "N1", PLACE = "U4", PLACE_PROVIDER = "PR1",
                    HOME_POST = "AL1 1AA", PL_POST = "AL2 2BB", URN = "SC123456",
                },
            ],
        };
        with?.Invoke(ret);
        return ret;
    }

    public static IReadOnlyList<Ssda903Finding> Check(Ssda903Rule rule, Ssda903Return current, Ssda903Return? previous = null) =>
        [.. rule.Check(new Ssda903Context(current, Year, previous))];
}
