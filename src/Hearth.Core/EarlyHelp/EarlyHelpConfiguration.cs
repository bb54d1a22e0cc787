using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.EarlyHelp;

internal sealed class EarlyHelpEpisodeConfiguration : IEntityTypeConfiguration<EarlyHelpEpisode>
{
    public void Configure(EntityTypeBuilder<EarlyHelpEpisode> e)
    {
        e.ToTable("early_help_episodes");
        e.HasIndex(x => x.PersonId);
        // One open episode per child, whatever races past the service's check. Both providers
        // accept this filter as written.
        e.HasIndex(x => x.PersonId, "IX_early_help_episodes_one_open_per_child").IsUnique().HasFilter("\"ClosedOn\" IS NULL");
        e.HasIndex(x => x.StepChangeId);
        e.Property(x => x.RequestReason).HasMaxLength(EarlyHelpEpisode.MaxText);
        e.Property(x => x.LeadProfessionalName).HasMaxLength(EarlyHelpEpisode.MaxShortText);
        e.Property(x => x.LeadOrganisation).HasMaxLength(EarlyHelpEpisode.MaxShortText);
        e.Property(x => x.NeedsIdentified).HasMaxLength(EarlyHelpEpisode.MaxText);
        e.Property(x => x.ClosureNote).HasMaxLength(EarlyHelpEpisode.MaxText);
        e.HasOne<People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<StepChange>().WithMany().HasForeignKey(x => x.StepChangeId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Meetings).WithOne().HasForeignKey(x => x.EpisodeId);
        e.Ignore(x => x.IsOpen);
    }
}

internal sealed class EarlyHelpMeetingConfiguration : IEntityTypeConfiguration<EarlyHelpMeeting>
{
    public void Configure(EntityTypeBuilder<EarlyHelpMeeting> e)
    {
        e.ToTable("early_help_meetings");
        e.HasIndex(x => x.EpisodeId);
        e.Property(x => x.Attendees).HasMaxLength(EarlyHelpEpisode.MaxText);
        e.Property(x => x.Notes).HasMaxLength(EarlyHelpEpisode.MaxText);
    }
}
