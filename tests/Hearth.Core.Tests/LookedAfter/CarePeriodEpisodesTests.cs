using Hearth.Core.LookedAfter;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.LookedAfter;

/// <summary>The recorded period of care as the PeriodOfCare the SSDA903 episodes are derived from, and the police protection check.</summary>
public sealed class CarePeriodEpisodesTests
{
    private static readonly DateOnly Became = new(2026, 6, 2);
    private static readonly DateOnly Moved = Became.AddDays(30);

    private static CarePeriod Period(DateOnly? end = null, string? reason = null)
    {
        var period = new CarePeriod
        {
            PersonId = Guid.NewGuid(),
            StartDate = Became,
            CategoryOfNeed = "N1",
            HomePostcode = "AL1 1AA",
            EndDate = end,
            ReasonCeased = reason,
        };
        // Stored in no particular order: the mapping sorts them.
        period.Placements.Add(new Placement
        {
            CarePeriodId = period.Id,
            From = Moved,
            PlacementType = "U4",
            Provider = "PR4",
            CarerName = "Bright Futures Fostering",
            Urn = "SC200002",
            Postcode = "SG1 2BB",
            ReasonForMove = "CARPL"
        });
        period.Placements.Add(new Placement
        {
            CarePeriodId = period.Id,
            From = Became,
            PlacementType = "U6",
            Provider = "PR1",
            CarerName = "Mr and Mrs Hale",
            Urn = "SC100001",
            Postcode = "AL2 2BB"
        });
        period.LegalStatuses.Add(new LegalStatusRecord { CarePeriodId = period.Id, From = Moved, Code = "C1" });
        period.LegalStatuses.Add(new LegalStatusRecord { CarePeriodId = period.Id, From = Became, Code = "V2" });
        return period;
    }

    [Fact]
    public void The_period_maps_field_for_field_in_date_order()
    {
        var mapped = CarePeriodEpisodes.For(Period(Moved.AddDays(10), "E4A"));

        (mapped.Start, mapped.CategoryOfNeed, mapped.HomePostcode, mapped.End, mapped.ReasonCeased, mapped.FirstEpisodeReason)
            .ShouldBe((Became, "N1", "AL1 1AA", (DateOnly?)Moved.AddDays(10), "E4A", (string?)null));
        mapped.LegalStatuses.ShouldBe([new LegalStatusSpell(Became, "V2"), new LegalStatusSpell(Moved, "C1")]);
        mapped.Placements.ShouldBe(
        [
            new PlacementSpell(Became, "U6", "PR1", "MR AND MRS HALE", "SC100001", "AL2 2BB"),
            new PlacementSpell(Moved, "U4", "PR4", "BRIGHT FUTURES FOSTERING", "SC200002", "SG1 2BB", "CARPL"),
        ]);
    }

    [Fact]
    public void Section_20_with_in_house_foster_carers_then_a_move_under_an_interim_care_order_gives_S_then_B()
    {
        var episodes = CarePeriodEpisodes.Derive(Period());

        episodes.Select(e => (e.Start, e.ReasonForNewEpisode, e.LegalStatus, e.Place, e.Provider, e.End, e.ReasonCeased, e.ReasonPlaceChange)).ShouldBe(
        [
            (Became, "S", "V2", "U6", (string?)"PR1", (DateOnly?)Moved, (string?)"X1", (string?)"CARPL"),
            (Moved, "B", "C1", "U4", "PR4", null, null, null),
        ]);
    }

    [Fact]
    public void The_same_carer_typed_with_other_case_or_spacing_is_still_the_same_carer()
    {
        var period = Period();
        period.LegalStatuses.RemoveAll(s => s.Code == "C1");
        period.Placements.Single(p => p.From == Moved).CarerName = "  mr and  MRS hale ";

        CarePeriodEpisodes.Derive(period).Select(e => e.ReasonForNewEpisode).ShouldBe(["S", "T"]);
    }

    [Fact]
    public void An_imported_period_keeps_its_first_episode_reason()
    {
        var period = Period();
        period.ImportedFirstEpisodeReason = "L";

        CarePeriodEpisodes.For(period).FirstEpisodeReason.ShouldBe("L");
        CarePeriodEpisodes.Derive(period)[0].ReasonForNewEpisode.ShouldBe("L");
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void Police_protection_held_more_than_3_days_is_flagged_at_the_next_status(int days, bool overran)
    {
        var period = Period();
        period.LegalStatuses.Single(s => s.Code == "V2").Code = "L1";
        period.LegalStatuses.Single(s => s.Code == "C1").From = Became.AddDays(days);

        CarePeriodEpisodes.PoliceProtectionOverran(period, today: Became.AddDays(100)).ShouldBe(overran);
    }

    [Fact]
    public void Police_protection_still_held_is_flagged_once_more_than_3_days_have_passed()
    {
        var period = Period();
        period.LegalStatuses.RemoveAll(s => s.Code == "C1");
        period.LegalStatuses.Single().Code = "L1";

        CarePeriodEpisodes.PoliceProtectionOverran(period, Became.AddDays(3)).ShouldBeFalse();
        CarePeriodEpisodes.PoliceProtectionOverran(period, Became.AddDays(4)).ShouldBeTrue();
        period.EndDate = Became.AddDays(2);
        CarePeriodEpisodes.PoliceProtectionOverran(period, Became.AddDays(40)).ShouldBeFalse();
    }
}
