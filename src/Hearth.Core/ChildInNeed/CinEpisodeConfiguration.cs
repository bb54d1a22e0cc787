using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.ChildInNeed;

internal sealed class CinEpisodeConfiguration : IEntityTypeConfiguration<CinEpisode>
{
    public void Configure(EntityTypeBuilder<CinEpisode> e)
    {
        e.ToTable("cin_episodes");
        e.HasIndex(x => x.PersonId);
        e.HasIndex(x => x.ContactId);
        e.Property(x => x.ReferralSource).HasMaxLength(3);
        e.Property(x => x.PrimaryNeedCode).HasMaxLength(3);
        e.Property(x => x.ReasonForClosure).HasMaxLength(4);
        e.Property(x => x.ClosureSummary).HasMaxLength(ChildInNeedPlan.MaxText);
        e.HasIndex(x => x.TeamId);
        e.HasOne<People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
