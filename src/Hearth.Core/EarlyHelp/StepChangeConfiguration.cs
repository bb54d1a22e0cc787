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
        e.Property(x => x.Reason).HasMaxLength(StepChange.MaxText);
        e.Property(x => x.DeclineReason).HasMaxLength(StepChange.MaxText);
        e.Property(x => x.EscalatedTo).HasMaxLength(StepChange.MaxShortText);
        e.Property(x => x.EscalationNote).HasMaxLength(StepChange.MaxText);
        e.HasOne<People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Workforce.Team>().WithMany().HasForeignKey(x => x.ReceivingTeamId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Chases).WithOne().HasForeignKey(x => x.StepChangeId);
        e.Ignore(x => x.Status);
        e.Ignore(x => x.AwaitsPaperwork);
        e.Ignore(x => x.Noun);
    }
}

internal sealed class StepDownChaseConfiguration : IEntityTypeConfiguration<StepDownChase>
{
    public void Configure(EntityTypeBuilder<StepDownChase> e)
    {
        e.ToTable("step_down_chases");
        e.HasIndex(x => x.StepChangeId);
        e.Property(x => x.Notes).HasMaxLength(StepChange.MaxText);
    }
}
