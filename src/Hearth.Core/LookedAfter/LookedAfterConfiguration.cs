using Hearth.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.LookedAfter;

internal sealed class CarePeriodConfiguration : IEntityTypeConfiguration<CarePeriod>
{
    public void Configure(EntityTypeBuilder<CarePeriod> e)
    {
        e.ToTable("care_periods");
        e.HasIndex(x => new { x.PersonId, x.StartDate });
        e.HasIndex(x => x.IndependentReviewingOfficerId);
        e.Property(x => x.CategoryOfNeed).HasMaxLength(CarePeriod.MaxCode);
        e.Property(x => x.HomePostcode).HasMaxLength(CarePeriod.MaxPostcode);
        e.Property(x => x.ReasonCeased).HasMaxLength(CarePeriod.MaxCode);
        e.Property(x => x.ImportedFirstEpisodeReason).HasMaxLength(1);
        e.Property(x => x.IndependentReviewingOfficerName).HasMaxLength(CarePeriod.MaxName);
        e.Property(x => x.PermanenceGoal).HasConversion<string>().HasMaxLength(24);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
        e.Ignore(x => x.IsOpen);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.LegalStatuses).WithOne().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Placements).WithOne().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LegalStatusRecordConfiguration : IEntityTypeConfiguration<LegalStatusRecord>
{
    public void Configure(EntityTypeBuilder<LegalStatusRecord> e)
    {
        e.ToTable("care_legal_statuses");
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.Code).HasMaxLength(CarePeriod.MaxCode);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
    }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> e)
    {
        e.ToTable("care_placements");
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.PlacementType).HasMaxLength(CarePeriod.MaxCode);
        e.Property(x => x.Provider).HasMaxLength(CarePeriod.MaxCode);
        e.Property(x => x.CarerName).HasMaxLength(CarePeriod.MaxName);
        e.Property(x => x.Urn).HasMaxLength(10);
        e.Property(x => x.Postcode).HasMaxLength(CarePeriod.MaxPostcode);
        e.Property(x => x.ReasonForMove).HasMaxLength(8);
        e.Property(x => x.DistanceMiles).HasPrecision(7, 1);
        e.Property(x => x.Siblings).HasConversion<string>().HasMaxLength(24);
        e.Property(x => x.DelegatedAuthority).HasMaxLength(CarePeriod.MaxText);
        e.Property(x => x.ContactArrangements).HasMaxLength(CarePeriod.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
    }
}

internal sealed class LookedAfterReviewConfiguration : IEntityTypeConfiguration<LookedAfterReview>
{
    public void Configure(EntityTypeBuilder<LookedAfterReview> e)
    {
        e.ToTable("looked_after_reviews");
        e.HasIndex(x => new { x.PersonId, x.HeldOn });
        e.HasIndex(x => x.CarePeriodId);
        e.Property(x => x.ChairName).HasMaxLength(CarePeriod.MaxName);
        e.Property(x => x.ParticipationCode).HasMaxLength(LookedAfterReview.MaxCode);
        e.Property(x => x.Recommendations).HasMaxLength(CarePeriod.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
        e.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LookedAfterVisitConfiguration : IEntityTypeConfiguration<LookedAfterVisit>
{
    public void Configure(EntityTypeBuilder<LookedAfterVisit> e)
    {
        e.ToTable("looked_after_visits");
        e.HasIndex(x => new { x.PersonId, x.VisitedOn });
        e.HasIndex(x => x.CarePeriodId);
        e.Property(x => x.VisitedBy).HasMaxLength(CarePeriod.MaxName);
        e.Property(x => x.Observations).HasMaxLength(CarePeriod.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
        e.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IroChallengeConfiguration : IEntityTypeConfiguration<IroChallenge>
{
    public void Configure(EntityTypeBuilder<IroChallenge> e)
    {
        e.ToTable("iro_challenges");
        e.HasIndex(x => x.PersonId);
        e.HasIndex(x => x.CarePeriodId);
        e.Property(x => x.RaisedBy).HasMaxLength(CarePeriod.MaxName);
        e.Property(x => x.Concern).HasMaxLength(CarePeriod.MaxText);
        e.Property(x => x.Resolution).HasMaxLength(CarePeriod.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
        e.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HealthEntryConfiguration : IEntityTypeConfiguration<HealthEntry>
{
    public void Configure(EntityTypeBuilder<HealthEntry> e)
    {
        e.ToTable("looked_after_health");
        e.HasIndex(x => new { x.PersonId, x.On });
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.SdqReason).HasMaxLength(CarePeriod.MaxCode);
        e.Property(x => x.Notes).HasMaxLength(CarePeriod.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PersonalEducationPlanConfiguration : IEntityTypeConfiguration<PersonalEducationPlan>
{
    public void Configure(EntityTypeBuilder<PersonalEducationPlan> e)
    {
        e.ToTable("personal_education_plans");
        e.HasIndex(x => new { x.PersonId, x.HeldOn });
        e.HasIndex(x => x.CarePeriodId);
        e.Property(x => x.School).HasMaxLength(CarePeriod.MaxName);
        e.Property(x => x.Notes).HasMaxLength(CarePeriod.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
        e.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupportArrangementConfiguration : IEntityTypeConfiguration<SupportArrangement>
{
    public void Configure(EntityTypeBuilder<SupportArrangement> e)
    {
        e.ToTable("support_arrangements");
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        e.Property(x => x.ProviderName).HasMaxLength(CarePeriod.MaxName);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MissingEpisodeConfiguration : IEntityTypeConfiguration<MissingEpisode>
{
    public void Configure(EntityTypeBuilder<MissingEpisode> e)
    {
        e.ToTable("missing_episodes");
        e.HasIndex(x => new { x.PersonId, x.StartedAt });
        e.HasIndex(x => x.CarePeriodId);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(8);
        e.Property(x => x.WhereFound).HasMaxLength(MissingEpisode.MaxText);
        e.Property(x => x.InterviewedBy).HasMaxLength(CarePeriod.MaxName);
        e.Property(x => x.WhereAndWithWhom).HasMaxLength(MissingEpisode.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeprivationOfLibertyOrderConfiguration : IEntityTypeConfiguration<DeprivationOfLibertyOrder>
{
    public void Configure(EntityTypeBuilder<DeprivationOfLibertyOrder> e)
    {
        e.ToTable("deprivation_of_liberty_orders");
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LookedAfterChildProfileConfiguration : IEntityTypeConfiguration<LookedAfterChildProfile>
{
    public void Configure(EntityTypeBuilder<LookedAfterChildProfile> e)
    {
        e.ToTable("looked_after_child_profiles");
        e.HasIndex(x => x.PersonId).IsUnique();
        e.Property(x => x.PreviousPermanence).HasMaxLength(CarePeriod.MaxCode);
        e.Property(x => x.PreviousPermanenceAuthority).HasMaxLength(CarePeriod.MaxName);
        e.Property(x => x.PreviousPermanenceDate).HasMaxLength(10);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AdoptionDecisionConfiguration : IEntityTypeConfiguration<AdoptionDecision>
{
    public void Configure(EntityTypeBuilder<AdoptionDecision> e)
    {
        e.ToTable("adoption_decisions");
        e.HasIndex(x => x.PersonId);
        e.HasIndex(x => x.CarePeriodId);
        e.Property(x => x.ReversedReason).HasMaxLength(CarePeriod.MaxCode);
        e.Property(x => x.AdoptersSex).HasMaxLength(CarePeriod.MaxCode);
        e.Property(x => x.AdoptersLegalStatus).HasMaxLength(CarePeriod.MaxCode);
        e.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SocialWorkerEpisodeConfiguration : IEntityTypeConfiguration<SocialWorkerEpisode>
{
    public void Configure(EntityTypeBuilder<SocialWorkerEpisode> e)
    {
        e.ToTable("social_worker_episodes");
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.SocialWorkerId).HasMaxLength(20);
        e.Property(x => x.Reason).HasMaxLength(8);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
