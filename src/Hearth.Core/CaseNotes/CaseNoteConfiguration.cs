using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.CaseNotes;

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> e)
    {
        e.ToTable("case_notes");
        e.HasIndex(x => x.PersonId);
        e.HasMany(x => x.Amendments).WithOne().HasForeignKey(x => x.CaseNoteId);
    }
}

internal sealed class CaseNoteAmendmentConfiguration : IEntityTypeConfiguration<CaseNoteAmendment>
{
    public void Configure(EntityTypeBuilder<CaseNoteAmendment> e)
    {
        e.ToTable("case_note_amendments");
        e.Property(x => x.Reason).HasMaxLength(2000);
    }
}
