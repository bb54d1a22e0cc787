using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.EarlyHelp;
using Hearth.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.FrontDoor;

public sealed record PriorContact(Guid ContactId, string Reference, DateTime ReceivedAt, ContactType Type, ThresholdOutcome? Outcome, IReadOnlyList<string> Children);

public sealed record PriorReferral(Guid EpisodeId, Guid PersonId, string ChildName, DateOnly ReferralDate, DateOnly? CloseDate, bool WasReReferral);

public sealed record PriorStepChange(Guid PersonId, string ChildName, StepDirection Direction, DateOnly Date, string From, DateOnly? AcceptedOn);

/// <summary>A child on this contact whose referral today would be a re-referral (DfE: within 12 months of the last).</summary>
public sealed record ReReferralFlag(Guid PersonId, string ChildName, DateOnly PreviousReferral);

/// <summary>What the decision maker must see before deciding (issue 3; the Ofsted letters found decisions made without the history).</summary>
public sealed record DecisionBackgroundView(
    IReadOnlyList<QueueChild> Children,
    IReadOnlyList<QueueChild> Household,
    IReadOnlyList<PriorContact> ContactsInLast12Months,
    IReadOnlyList<PriorReferral> ReferralsInLast12Months,
    IReadOnlyList<PriorReferral> OpenEpisodes,
    IReadOnlyList<PriorStepChange> EarlyHelp,
    IReadOnlyList<ReReferralFlag> ReReferrals);

/// <summary>
/// The history of the children on a contact and of their household: previous contacts and referrals
/// in the last 12 months, open CIN episodes, early help, and whether a referral now would be a
/// re-referral. Child protection plans join this list when the child protection area records them.
/// </summary>
public sealed class DecisionBackground(HearthDbContext db, FrontDoorQueue queue, TimeProvider clock)
{
    public async Task<DecisionBackgroundView> ForAsync(Contact contact, Guid userId, CancellationToken ct = default)
    {
        var today = clock.TodayInEngland();
        var yearAgo = today.AddMonths(-12);
        var children = contact.Children.Select(c => c.PersonId).ToList();
        var householdIds = await db.Relationships.AsNoTracking()
            .Where(r => r.SameHousehold && r.EndDate == null && (children.Contains(r.PersonId) || children.Contains(r.RelatedPersonId)))
            .Select(r => children.Contains(r.PersonId) ? r.RelatedPersonId : r.PersonId)
            .Distinct().ToListAsync(ct);
        householdIds = householdIds.Except(children).ToList();
        var everyone = children.Concat(householdIds).ToList();
        var names = await queue.ChildrenAsync(everyone, userId, ct);
        string Name(Guid id) => names.TryGetValue(id, out var c) ? c.Name : "Another person";

        var since = EnglandClock.FromEnglandTime(yearAgo.ToDateTime(TimeOnly.MinValue));
        var prior = await db.ContactChildren.AsNoTracking()
            .Where(l => everyone.Contains(l.PersonId) && l.ContactId != contact.Id)
            .Join(db.Contacts.Where(c => c.ReceivedAt >= since), l => l.ContactId, c => c.Id,
                (l, c) => new { c.Id, c.Reference, c.ReceivedAt, c.Type, Outcome = (ThresholdOutcome?)c.Decision!.Outcome, l.PersonId })
            .ToListAsync(ct);
        var contacts = prior.GroupBy(p => p.Id)
            .Select(g => new PriorContact(g.Key, g.First().Reference, g.First().ReceivedAt, g.First().Type, g.First().Outcome,
                g.Where(x => names.ContainsKey(x.PersonId)).Select(x => Name(x.PersonId)).Distinct().ToList()))
            .OrderByDescending(c => c.ReceivedAt).ToList();

        var episodes = (await db.CinEpisodes.AsNoTracking().Where(e => everyone.Contains(e.PersonId)).ToListAsync(ct))
            .Where(e => names.ContainsKey(e.PersonId)).ToList();
        PriorReferral Referral(CinEpisode e) => new(e.Id, e.PersonId, Name(e.PersonId), e.ReferralDate, e.CloseDate, e.IsReReferral);

        var steps = await db.StepChanges.AsNoTracking().Where(s => everyone.Contains(s.PersonId))
            .OrderByDescending(s => s.Date).ToListAsync(ct);

        // A referral is dated when it was received, which may be before today.
        var referralDate = contact.ReferralReceivedAt is { } received ? DateOnly.FromDateTime(EnglandClock.ToEnglandTime(received)) : today;
        var reReferrals = children
            .Select(child => (child, last: episodes.Where(e => e.PersonId == child && e.ContactId != contact.Id).Select(e => (DateOnly?)e.ReferralDate).Max()))
            .Where(x => x.last is { } last && ReReferral.IsReReferral(last, referralDate))
            .Select(x => new ReReferralFlag(x.child, Name(x.child), x.last!.Value))
            .ToList();

        return new DecisionBackgroundView(
            children.Where(names.ContainsKey).Select(c => names[c]).ToList(),
            householdIds.Where(names.ContainsKey).Select(c => names[c]).ToList(),
            contacts,
            episodes.Where(e => e.ReferralDate >= yearAgo).OrderByDescending(e => e.ReferralDate).Select(Referral).ToList(),
            episodes.Where(e => e.IsOpen).OrderByDescending(e => e.ReferralDate).Select(Referral).ToList(),
            steps.Where(s => names.ContainsKey(s.PersonId)).Select(s => new PriorStepChange(s.PersonId, Name(s.PersonId), s.Direction, s.Date, s.FromDescription, s.AcceptedOn)).ToList(),
            reReferrals);
    }
}
