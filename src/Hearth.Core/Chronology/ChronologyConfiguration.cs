using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.Chronology;

internal sealed class ChronologyEntryConfiguration : IEntityTypeConfiguration<ChronologyEntry>
{
    public void Configure(EntityTypeBuilder<ChronologyEntry> e)
    {
        e.ToTable("chronology_entries");
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.Source).HasMaxLength(ChronologyEntry.MaxSource);
        e.Property(x => x.WhatHappened).HasMaxLength(ChronologyEntry.MaxText);
        e.HasOne<People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChronologyAnnotationConfiguration : IEntityTypeConfiguration<ChronologyAnnotation>
{
    public void Configure(EntityTypeBuilder<ChronologyAnnotation> e)
    {
        e.ToTable("chronology_annotations");
        e.HasKey(x => x.ProcessEventId);
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.Impact).HasMaxLength(ChronologyEntry.MaxText);
        e.Property(x => x.UpdatedBy).HasMaxLength(200);
        e.HasOne<Audit.ProcessEvent>().WithMany().HasForeignKey(x => x.ProcessEventId).OnDelete(DeleteBehavior.Restrict);
    }
}
