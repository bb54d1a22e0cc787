using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.EarlyHelp;

internal sealed class StepChangeConfiguration : IEntityTypeConfiguration<StepChange>
{
    public void Configure(EntityTypeBuilder<StepChange> e)
    {
        e.ToTable("step_changes");
        e.HasIndex(x => x.PersonId);
        e.HasIndex(x => x.Date);
        e.Property(x => x.Reason).HasMaxLength(20_000);
        e.HasOne<People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
