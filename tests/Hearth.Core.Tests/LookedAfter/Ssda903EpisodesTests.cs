using Hearth.Core.LookedAfter;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.LookedAfter;

/// <summary>SSDA903 episodes derived from a period of care, with the reason for each new episode (statutory-data.md B.2).</summary>
public sealed class Ssda903EpisodesTests
{
    private static readonly DateOnly Became = new(2026, 6, 2);
    private static readonly DateOnly Moved = new(2026, 8, 17);

    private static readonly PlacementSpell InHouseFosterCarers = new(Became, "U6", "PR1", "carer-1", "SC100001", "AL2 2BB");

    private static PeriodOfCare Period(LegalStatusSpell[] statuses, PlacementSpell[] placements, DateOnly? end = null, string? reason = null) =>
        new(Became, "N1", "AL1 1AA", statuses, placements, end, reason);

    private static IEnumerable<(string Rne, string Ls, string Place, DateOnly Start, DateOnly? End, string? Rec, string? Move)> Rows(PeriodOfCare period) =>
        Ssda903Episodes.Derive(period).Select(e => (e.ReasonForNewEpisode, e.LegalStatus, e.Place, e.Start, e.End, e.ReasonCeased, e.ReasonPlaceChange));

    [Fact]
    public void Section_20_with_foster_carers_then_a_move_under_an_interim_care_order_gives_S_then_B()
    {
        var period = Period(
            [new(Became, "V2"), new(Moved, "C1")],
            [InHouseFosterCarers, new(Moved, "U4", "PR1", "carer-2", "SC100002", "AL3 3CC", "CARPL")]);

        Rows(period).ShouldBe(
        [
            ("S", "V2", "U6", Became, Moved, "X1", "CARPL"),
            ("B", "C1", "U4", Moved, null, null, null),
        ]);
    }

    [Fact]
    public void A_change_of_legal_status_alone_is_L_and_carries_no_reason_for_a_move()
    {
        var rows = Rows(Period([new(Became, "V2"), new(Moved, "C2")], [InHouseFosterCarers]));

        rows.Select(r => (r.Rne, r.Ls, r.Move)).ShouldBe([("S", "V2", (string?)null), ("L", "C2", null)]);
    }

    [Fact]
    public void A_move_to_a_new_carer_is_P_and_a_new_placement_with_the_same_carer_is_T()
    {
        var later = Moved.AddDays(30);
        var rows = Rows(Period([new(Became, "C2")],
        [
            InHouseFosterCarers,
            new(Moved, "U4", "PR1", "carer-2", ReasonForMove: "CHILD"),
            new(later, "U1", "PR1", "carer-2", ReasonForMove: "CARPL"),
        ]));

        rows.Select(r => (r.Rne, r.Place, r.Move)).ShouldBe([("S", "U6", "CHILD"), ("P", "U4", "CARPL"), ("T", "U1", null)]);
    }

    [Fact]
    public void A_new_legal_status_and_placement_with_the_same_carer_is_U()
    {
        var rows = Rows(Period([new(Became, "V2"), new(Moved, "C1")], [InHouseFosterCarers, new(Moved, "U4", "PR1", "carer-1")]));

        rows.Select(r => r.Rne).ShouldBe(["S", "U"]);
    }

    [Fact]
    public void The_last_episode_ends_with_the_period_and_its_reason()
    {
        var ended = Moved.AddDays(100);
        var derived = Ssda903Episodes.Derive(Period([new(Became, "V2")], [InHouseFosterCarers], ended, "E4A"));

        var only = derived.ShouldHaveSingleItem();
        (only.End, only.ReasonCeased, only.HomePostcode, only.PlacementPostcode, only.Urn).ShouldBe((ended, "E4A", "AL1 1AA", "AL2 2BB", "SC100001"));
        var row = Ssda903Episodes.ToRow("1001", 1, only);
        (row.DECOM, row.DEC, row.RNE, row.LS, row.PLACE, row.PLACE_PROVIDER, row.REC).ShouldBe(("02/06/2026", "25/11/2026", "S", "V2", "U6", "PR1", "E4A"));
    }

    [Fact]
    public void A_period_must_start_with_a_legal_status_and_a_placement_and_none_may_start_after_it_ends()
    {
        Should.Throw<ArgumentException>(() => Ssda903Episodes.Derive(Period([new(Moved, "V2")], [InHouseFosterCarers])));
        Should.Throw<ArgumentException>(() => Ssda903Episodes.Derive(Period([new(Became, "V2")], [])));
        Should.Throw<ArgumentException>(() => Ssda903Episodes.Derive(Period([new(Became, "V2"), new(Moved, "C1")], [InHouseFosterCarers], Moved.AddDays(-1), "E4A")));
    }

    [Fact]
    public void A_period_imported_from_a_return_keeps_the_first_episode_reason_the_file_gave_it()
    {
        var imported = Period([new(Became, "C2"), new(Moved, "E1")], [InHouseFosterCarers]) with { FirstEpisodeReason = "P" };

        Rows(imported).Select(r => r.Rne).ShouldBe(["P", "L"]);
        Rows(imported with { FirstEpisodeReason = null }).Select(r => r.Rne).ShouldBe(["S", "L"]);
    }
}
