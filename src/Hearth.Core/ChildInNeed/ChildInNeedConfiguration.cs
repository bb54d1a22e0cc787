using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.ChildInNeed;

internal sealed class ChildInNeedPlanConfiguration : IEntityTypeConfiguration<ChildInNeedPlan>
{
    public void Configure(EntityTypeBuilder<ChildInNeedPlan> e)
    {
        e.ToTable("cin_plans");
        e.HasIndex(x => x.EpisodeId);
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        e.Property(x => x.EndReason).HasMaxLength(ChildInNeedPlan.MaxText);
        e.Property(x => x.CreatedByName).HasMaxLength(ChildInNeedPlan.MaxShortText);
        e.HasOne<CinEpisode>().WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Outcomes).WithOne().HasForeignKey(x => x.PlanId);
        e.HasMany(x => x.Reviews).WithOne().HasForeignKey(x => x.PlanId);
    }
}

internal sealed class CinPlanOutcomeConfiguration : IEntityTypeConfiguration<CinPlanOutcome>
{
    public void Configure(EntityTypeBuilder<CinPlanOutcome> e)
    {
        e.ToTable("cin_plan_outcomes");
        e.HasIndex(x => x.PlanId);
        e.Property(x => x.WhatNeedsToChange).HasMaxLength(ChildInNeedPlan.MaxText);
        e.Property(x => x.Progress).HasConversion<string>().HasMaxLength(16);
        e.HasMany(x => x.Actions).WithOne().HasForeignKey(x => x.OutcomeId);
    }
}

internal sealed class CinPlanActionConfiguration : IEntityTypeConfiguration<CinPlanAction>
{
    public void Configure(EntityTypeBuilder<CinPlanAction> e)
    {
        e.ToTable("cin_plan_actions");
        e.HasIndex(x => x.OutcomeId);
        e.Property(x => x.What).HasMaxLength(ChildInNeedPlan.MaxText);
        e.Property(x => x.Owner).HasMaxLength(ChildInNeedPlan.MaxShortText);
        e.Ignore(x => x.HasOwnerAndDate);
    }
}

internal sealed class CinPlanReviewConfiguration : IEntityTypeConfiguration<CinPlanReview>
{
    public void Configure(EntityTypeBuilder<CinPlanReview> e)
    {
        e.ToTable("cin_plan_reviews");
        e.HasIndex(x => x.PlanId);
        e.Property(x => x.Attendees).HasMaxLength(ChildInNeedPlan.MaxText);
        e.Property(x => x.Progress).HasMaxLength(ChildInNeedPlan.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(ChildInNeedPlan.MaxShortText);
    }
}

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> e)
    {
        e.ToTable("visits");
        e.HasIndex(x => new { x.PersonId, x.Date });
        e.HasIndex(x => x.EpisodeId);
        e.Property(x => x.Purpose).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Location).HasConversion<string>().HasMaxLength(8);
        e.Property(x => x.VisitedBy).HasMaxLength(ChildInNeedPlan.MaxShortText);
        e.Property(x => x.LocationDetail).HasMaxLength(ChildInNeedPlan.MaxShortText);
        e.Property(x => x.Observations).HasMaxLength(Visit.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(ChildInNeedPlan.MaxShortText);
        e.HasOne<CinEpisode>().WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CinTransferConfiguration : IEntityTypeConfiguration<CinTransfer>
{
    public void Configure(EntityTypeBuilder<CinTransfer> e)
    {
        e.ToTable("cin_transfers");
        e.HasIndex(x => x.EpisodeId);
        e.Property(x => x.Direction).HasMaxLength(ChildInNeedPlan.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(ChildInNeedPlan.MaxShortText);
        e.HasOne<CinEpisode>().WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Restrict);
    }
}
