using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.CareProceedings;

internal sealed class PreProceedingsConfiguration : IEntityTypeConfiguration<PreProceedings>
{
    public void Configure(EntityTypeBuilder<PreProceedings> e)
    {
        e.ToTable("pre_proceedings");
        e.HasIndex(x => x.EpisodeId);
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.Outcome).HasMaxLength(PreProceedings.MaxCode);
        e.Property(x => x.RecordedByName).HasMaxLength(200);
        e.HasOne<People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ChildInNeed.CinEpisode>().WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Restrict);
    }
}
