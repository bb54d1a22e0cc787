using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.Oversight;

internal sealed class ManagementOversightConfiguration : IEntityTypeConfiguration<ManagementOversight>
{
    public void Configure(EntityTypeBuilder<ManagementOversight> e)
    {
        e.ToTable("management_oversights");
        e.HasIndex(x => new { x.PersonId, x.Date });
        e.HasIndex(x => new { x.EpisodeId, x.Date });
        e.HasIndex(x => x.SupervisionSessionId);
        e.Property(x => x.ManagerName).HasMaxLength(ManagementOversight.MaxShortText);
        e.Property(x => x.Decision).HasMaxLength(ManagementOversight.MaxText);
        e.Property(x => x.Rationale).HasMaxLength(ManagementOversight.MaxText);
        e.HasOne<People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ChildInNeed.CinEpisode>().WithMany().HasForeignKey(x => x.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<SupervisionSession>().WithMany().HasForeignKey(x => x.SupervisionSessionId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Actions).WithOne().HasForeignKey(x => x.OversightId);
    }
}

internal sealed class OversightActionConfiguration : IEntityTypeConfiguration<OversightAction>
{
    public void Configure(EntityTypeBuilder<OversightAction> e)
    {
        e.ToTable("oversight_actions");
        e.HasIndex(x => x.OversightId);
        e.Property(x => x.Action).HasMaxLength(ManagementOversight.MaxText);
        e.Property(x => x.Owner).HasMaxLength(ManagementOversight.MaxShortText);
    }
}

internal sealed class SupervisionSessionConfiguration : IEntityTypeConfiguration<SupervisionSession>
{
    public void Configure(EntityTypeBuilder<SupervisionSession> e)
    {
        e.ToTable("supervision_sessions");
        e.HasIndex(x => x.SuperviseeId);
        e.HasOne<Workforce.User>().WithMany().HasForeignKey(x => x.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Workforce.User>().WithMany().HasForeignKey(x => x.SuperviseeId).OnDelete(DeleteBehavior.Restrict);
    }
}
