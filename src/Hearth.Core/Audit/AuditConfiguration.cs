using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.Audit;

internal sealed class ProcessEventConfiguration : IEntityTypeConfiguration<ProcessEvent>
{
    public void Configure(EntityTypeBuilder<ProcessEvent> e)
    {
        e.ToTable("process_events");
        e.Property(x => x.Reason).HasMaxLength(4000);
        e.HasMany(x => x.Subjects).WithOne().HasForeignKey(x => x.ProcessEventId);
        e.HasIndex(x => x.OccurredAt);
        e.HasIndex(x => x.CaseId);
    }
}

internal sealed class ProcessEventSubjectConfiguration : IEntityTypeConfiguration<ProcessEventSubject>
{
    public void Configure(EntityTypeBuilder<ProcessEventSubject> e)
    {
        e.ToTable("process_event_subjects");
        e.HasKey(x => new { x.ProcessEventId, x.PersonId });
        e.HasIndex(x => x.PersonId);
    }
}

internal sealed class AccessEventConfiguration : IEntityTypeConfiguration<AccessEvent>
{
    public void Configure(EntityTypeBuilder<AccessEvent> e)
    {
        e.ToTable("access_events");
        e.HasIndex(x => new { x.PersonId, x.OccurredAt });
        e.HasIndex(x => new { x.Kind, x.OccurredAt });
    }
}
