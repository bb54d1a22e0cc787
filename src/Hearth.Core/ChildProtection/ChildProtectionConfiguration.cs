using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.ChildProtection;

internal sealed class StrategyDiscussionConfiguration : IEntityTypeConfiguration<StrategyDiscussion>
{
    public void Configure(EntityTypeBuilder<StrategyDiscussion> e)
    {
        e.ToTable("strategy_discussions");
        e.HasIndex(x => x.PersonId);
        e.HasIndex(x => x.EpisodeId);
        e.Property(x => x.InformationShared).HasMaxLength(StrategyDiscussion.MaxText);
        e.Property(x => x.AlternativePlan).HasMaxLength(StrategyDiscussion.MaxText);
        e.Property(x => x.ImmediateSafetyActions).HasMaxLength(StrategyDiscussion.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(200);
        e.OwnsMany(x => x.Attendees, a =>
        {
            a.ToJson();
            a.Ignore(x => x.AgencyText);
        });
        e.Ignore(x => x.InitiatesSection47);
        e.Ignore(x => x.InitialConferenceTarget);
        e.HasOne<People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ChildInNeed.CinEpisode>().WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class Section47EnquiryConfiguration : IEntityTypeConfiguration<Section47Enquiry>
{
    public void Configure(EntityTypeBuilder<Section47Enquiry> e)
    {
        e.ToTable("section_47_enquiries");
        e.HasIndex(x => x.PersonId);
        e.HasIndex(x => x.EpisodeId);
        // One enquiry per strategy discussion that initiated it.
        e.HasIndex(x => x.StrategyDiscussionId).IsUnique();
        e.Property(x => x.MedicalNotes).HasMaxLength(StrategyDiscussion.MaxText);
        e.Property(x => x.OutcomeNotes).HasMaxLength(StrategyDiscussion.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(200);
        e.Ignore(x => x.NeedsConference);
        e.HasOne<People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ChildInNeed.CinEpisode>().WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<StrategyDiscussion>().WithMany().HasForeignKey(x => x.StrategyDiscussionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InitialChildProtectionConferenceConfiguration : IEntityTypeConfiguration<InitialChildProtectionConference>
{
    public void Configure(EntityTypeBuilder<InitialChildProtectionConference> e)
    {
        e.ToTable("initial_child_protection_conferences");
        e.HasIndex(x => x.PersonId);
        e.HasIndex(x => x.EpisodeId);
        e.HasIndex(x => x.Section47EnquiryId).IsUnique();
        e.Property(x => x.Chair).HasMaxLength(200);
        e.Property(x => x.ChildViews).HasMaxLength(StrategyDiscussion.MaxText);
        e.Property(x => x.OutlinePlan).HasMaxLength(StrategyDiscussion.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(200);
        e.OwnsMany(x => x.Agencies, a => a.ToJson());
        e.Ignore(x => x.OnTime);
        e.Ignore(x => x.IsTransferIn);
        e.Property(x => x.TransferredFrom).HasMaxLength(200);
        e.HasOne<People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ChildInNeed.CinEpisode>().WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Section47Enquiry>().WithMany().HasForeignKey(x => x.Section47EnquiryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChildProtectionPlanConfiguration : IEntityTypeConfiguration<ChildProtectionPlan>
{
    public void Configure(EntityTypeBuilder<ChildProtectionPlan> e)
    {
        e.ToTable("child_protection_plans");
        e.HasIndex(x => x.PersonId);
        e.HasIndex(x => x.EpisodeId);
        // A plan exists only because an initial conference decided on it: one plan per conference.
        e.HasIndex(x => x.InitialConferenceId).IsUnique();
        e.Property(x => x.EndNotes).HasMaxLength(StrategyDiscussion.MaxText);
        e.Ignore(x => x.IsOpen);
        e.Ignore(x => x.IsSecondOrSubsequent);
        e.HasOne<People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ChildInNeed.CinEpisode>().WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<InitialChildProtectionConference>().WithMany().HasForeignKey(x => x.InitialConferenceId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.CoreGroups).WithOne().HasForeignKey(x => x.PlanId);
        e.HasMany(x => x.Reviews).WithOne().HasForeignKey(x => x.PlanId);
        e.HasMany(x => x.Visits).WithOne().HasForeignKey(x => x.PlanId);
    }
}

internal sealed class CoreGroupMeetingConfiguration : IEntityTypeConfiguration<CoreGroupMeeting>
{
    public void Configure(EntityTypeBuilder<CoreGroupMeeting> e)
    {
        e.ToTable("core_group_meetings");
        e.HasIndex(x => x.PlanId);
        e.Property(x => x.Attendees).HasMaxLength(StrategyDiscussion.MaxText);
        e.Property(x => x.Notes).HasMaxLength(StrategyDiscussion.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(200);
    }
}

internal sealed class ReviewChildProtectionConferenceConfiguration : IEntityTypeConfiguration<ReviewChildProtectionConference>
{
    public void Configure(EntityTypeBuilder<ReviewChildProtectionConference> e)
    {
        e.ToTable("review_child_protection_conferences");
        e.HasIndex(x => x.PlanId);
        e.Property(x => x.Chair).HasMaxLength(200);
        e.Property(x => x.Notes).HasMaxLength(StrategyDiscussion.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(200);
    }
}

internal sealed class ChildProtectionVisitConfiguration : IEntityTypeConfiguration<ChildProtectionVisit>
{
    public void Configure(EntityTypeBuilder<ChildProtectionVisit> e)
    {
        e.ToTable("child_protection_visits");
        e.HasIndex(x => x.PlanId);
        e.Property(x => x.Notes).HasMaxLength(StrategyDiscussion.MaxText);
        e.Property(x => x.VisitedByName).HasMaxLength(200);
    }
}
