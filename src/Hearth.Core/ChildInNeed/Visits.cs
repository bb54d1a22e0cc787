using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;

namespace Hearth.Core.ChildInNeed;

public sealed record VisitInput(DateOnly? Date, string? VisitedBy, bool? ChildSeen, bool? SeenAlone, VisitLocation? Location, string? LocationDetail,
    string? Observations, VisitPurpose Purpose = VisitPurpose.ChildInNeed);

/// <summary>Statutory visits to children in need and on child protection plans, recorded on the open episode.</summary>
public sealed class Visits(HearthDbContext db, EventRecorder events, CinEpisodeGuard guard, TimeProvider clock)
{
    public async Task<Visit> RecordAsync(Guid episodeId, VisitInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        if (input.Date is null)
        {
            errors.Add("Date", "Enter the date of the visit");
        }
        else if (input.Date > clock.TodayInEngland())
        {
            errors.Add("Date", "The date of the visit must be today or in the past");
        }
        errors.Required("VisitedBy", input.VisitedBy, "Enter who visited");
        errors.MaxLength("VisitedBy", input.VisitedBy, ChildInNeedPlan.MaxShortText, "Who visited");
        if (input.ChildSeen is null)
        {
            errors.Add("ChildSeen", "Select whether the child was seen");
        }
        if (input.ChildSeen == true && input.SeenAlone is null)
        {
            errors.Add("SeenAlone", "Select whether the child was seen alone");
        }
        if (input.Location is not { } location || !Enum.IsDefined(location))
        {
            errors.Add("Location", "Select where the visit took place");
        }
        else if (location == VisitLocation.Other)
        {
            errors.Required("LocationDetail", input.LocationDetail, "Enter where the visit took place");
        }
        errors.MaxLength("LocationDetail", input.LocationDetail, ChildInNeedPlan.MaxShortText, "Where the visit took place");
        errors.Required("Observations", input.Observations, "Enter what you saw and heard on the visit");
        errors.MaxLength("Observations", input.Observations, Visit.MaxText, "The observations");
        errors.ThrowIfAny();

        var episode = await guard.OpenEpisodeAsync(episodeId, ct);
        if (input.Date < episode.ReferralDate)
        {
            throw ValidationFailedException.For("Date", $"The visit cannot be before the referral on {episode.ReferralDate:d MMMM yyyy}");
        }
        var seen = input.ChildSeen!.Value;
        var visit = new Visit
        {
            EpisodeId = episode.Id,
            PersonId = episode.PersonId,
            Purpose = input.Purpose,
            Date = input.Date!.Value,
            VisitedBy = input.VisitedBy!.Trim(),
            ChildSeen = seen,
            SeenAlone = seen && input.SeenAlone == true,
            Location = input.Location!.Value,
            LocationDetail = input.Location == VisitLocation.Other ? input.LocationDetail?.Trim() : null,
            Observations = input.Observations!.Trim(),
            RecordedAt = events.Now,
            RecordedByName = ctx.UserName,
        };
        db.Visits.Add(visit);
        events.Record(ctx, "ChildInNeed.Visit", new ChildVisited(visit.Id, episode.Id, visit.Purpose, visit.Date, visit.VisitedBy, visit.ChildSeen, visit.SeenAlone,
            visit.Location, visit.LocationDetail), [episode.PersonId], episode.Id);
        await db.SaveChangesAsync(ct);
        return visit;
    }
}
