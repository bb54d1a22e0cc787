using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.ChildInNeed;

/// <summary>
/// Work is recorded on an open child in need episode: after closure an assessment, enquiry, plan or
/// visit is refused until the episode is reopened (itself an event), so a closed case cannot quietly
/// gather records (CIN census rule 8565: no activity after the closure date). Every casework service
/// calls this before it writes.
/// </summary>
public sealed class CinEpisodeGuard(HearthDbContext db)
{
    public async Task<CinEpisode> OpenEpisodeAsync(Guid episodeId, CancellationToken ct = default)
    {
        var episode = await db.CinEpisodes.SingleOrDefaultAsync(e => e.Id == episodeId, ct) ?? throw new RecordNotFoundException();
        if (!episode.IsOpen)
        {
            throw ValidationFailedException.For("Episode", $"This child in need episode was closed on {episode.CloseDate:d MMMM yyyy}. Reopen it before recording more work");
        }
        return episode;
    }

    /// <summary>The child's open episode, or a message that there is none to record work on.</summary>
    public async Task<CinEpisode> CurrentEpisodeAsync(Guid personId, CancellationToken ct = default) =>
        await db.CinEpisodes.Where(e => e.PersonId == personId && e.CloseDate == null).OrderByDescending(e => e.ReferralDate).FirstOrDefaultAsync(ct)
        ?? throw ValidationFailedException.For("Episode", "This child has no open child in need episode. Work is recorded on an episode opened by a referral");
}
