using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.Assessment;

internal sealed class ChildAndFamilyAssessmentConfiguration : IEntityTypeConfiguration<ChildAndFamilyAssessment>
{
    public void Configure(EntityTypeBuilder<ChildAndFamilyAssessment> e)
    {
        e.ToTable("assessments");
        e.HasIndex(x => x.PersonId);
        e.HasIndex(x => x.EpisodeId);
        // One child and family assessment in progress per episode, whatever races past the service's check.
        e.HasIndex(x => x.EpisodeId, "IX_assessments_one_open_per_episode").IsUnique()
            .HasFilter("\"Status\" <> 'Authorised' AND \"Kind\" = 'ChildAndFamily'");
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.ChildViews).HasMaxLength(ChildAndFamilyAssessment.MaxText);
        e.Property(x => x.HowViewsGathered).HasMaxLength(ChildAndFamilyAssessment.MaxShortText);
        e.Property(x => x.ParentsViews).HasMaxLength(ChildAndFamilyAssessment.MaxText);
        e.Property(x => x.IdentityAndDiversity).HasMaxLength(ChildAndFamilyAssessment.MaxText);
        e.Property(x => x.IdentityInAnalysis).HasMaxLength(ChildAndFamilyAssessment.MaxText);
        e.Property(x => x.HistoryConsidered).HasMaxLength(ChildAndFamilyAssessment.MaxText);
        e.Property(x => x.Analysis).HasMaxLength(ChildAndFamilyAssessment.MaxText);
        e.Property(x => x.FactorCodes).HasMaxLength(400);
        e.Property(x => x.Recommendation).HasMaxLength(ChildAndFamilyAssessment.MaxText);
        e.Property(x => x.PrimaryNeedCode).HasMaxLength(3);
        e.Property(x => x.LateReason).HasMaxLength(ChildAndFamilyAssessment.MaxShortText);
        e.Property(x => x.AuthorName).HasMaxLength(200);
        e.Property(x => x.AuthorisedByName).HasMaxLength(200);
        e.Ignore(x => x.Factors);
        e.Ignore(x => x.DueDate);
        e.HasOne<People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ChildInNeed.CinEpisode>().WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Returns).WithOne().HasForeignKey(x => x.AssessmentId);
    }
}

internal sealed class AssessmentReturnConfiguration : IEntityTypeConfiguration<AssessmentReturn>
{
    public void Configure(EntityTypeBuilder<AssessmentReturn> e)
    {
        e.ToTable("assessment_returns");
        e.HasIndex(x => x.AssessmentId);
        e.Property(x => x.ReturnedByName).HasMaxLength(200);
        e.Property(x => x.Comments).HasMaxLength(ChildAndFamilyAssessment.MaxText);
    }
}
