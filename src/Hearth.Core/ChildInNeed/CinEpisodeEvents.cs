using Hearth.Core.Audit;

namespace Hearth.Core.ChildInNeed;

public sealed record CinEpisodeOpened(Guid EpisodeId, Guid PersonId, DateOnly ReferralDate, string ReferralSource, bool IsReReferral, Guid? ContactId) : IProcessEvent
{
    public string Summary => IsReReferral
        ? $"Child in need episode opened: referral on {ReferralDate:d MMMM yyyy} (re-referral within 12 months)"
        : $"Child in need episode opened: referral on {ReferralDate:d MMMM yyyy}";
}
