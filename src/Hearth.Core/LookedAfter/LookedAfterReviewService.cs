using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.LookedAfter;

public sealed record LookedAfterReviewInput(DateOnly? HeldOn, string? ChairName, string? ParticipationCode, string? Recommendations, Guid? CarePeriodId = null);

/// <summary>
/// Looked-after child reviews (CPPCR 2010 regs 32-38), chaired by the IRO (CA89 s25B), with how the child took part
/// (REVIEW_CODE). The review must fall within the period of care it reviews.
/// </summary>
public sealed class LookedAfterReviewService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    public const string Process = "LookedAfter.Review";
    public const int MaxName = 200;
    public const int MaxText = 8000;

    public async Task<LookedAfterReview> RecordAsync(Guid personId, LookedAfterReviewInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct) ?? throw new RecordNotFoundException();
        var errors = new ErrorList();
        errors.RequirePastDate("HeldOn", input.HeldOn, clock.TodayInEngland(), "of the review");
        errors.Required("ChairName", input.ChairName, "Enter who chaired the review");
        errors.MaxLength("ChairName", input.ChairName, MaxName, "Who chaired the review");
        var code = input.ParticipationCode?.Trim().ToUpperInvariant();
        if (!ReviewParticipation.IsCode(code))
        {
            errors.Add("ParticipationCode", "Select how the child took part in the review");
        }
        else if (input.HeldOn is { } held && person.DateOfBirth is { } dob)
        {
            // 903 rules 440 and 441: PN0 is for a child under 4 on the day of the review, and only for them.
            var underFour = ReviewParticipation.IsUnderFour(dob, held);
            if (code == ReviewParticipation.UnderFour && !underFour)
            {
                errors.Add("ParticipationCode", "PN0 is only for a child under 4 on the day of the review: select how the child took part");
            }
            else if (code != ReviewParticipation.UnderFour && underFour)
            {
                errors.Add("ParticipationCode", "The child was under 4 on the day of the review: select PN0");
            }
        }
        errors.MaxLength("Recommendations", input.Recommendations, MaxText, "The recommendations");
        errors.ThrowIfAny();

        var period = await CarePeriods.ForDateAsync(db, personId, input.CarePeriodId, input.HeldOn!.Value, "HeldOn", "of the review", ct);
        var review = new LookedAfterReview
        {
            CarePeriodId = period.Id,
            PersonId = personId,
            HeldOn = input.HeldOn.Value,
            ChairName = input.ChairName!.Trim(),
            ParticipationCode = code!,
            Recommendations = string.IsNullOrWhiteSpace(input.Recommendations) ? null : input.Recommendations.Trim(),
            RecordedAt = events.Now,
            RecordedByName = ctx.UserName,
        };
        db.LookedAfterReviews.Add(review);
        events.Record(ctx, Process, new LookedAfterReviewRecorded(review.Id, period.Id, review.HeldOn, review.ChairName, review.ParticipationCode),
            [personId], period.Id);
        await db.SaveChangesAsync(ct);
        return review;
    }
}
