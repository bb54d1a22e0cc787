using Hearth.Core.LookedAfter;
using Hearth.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.CareLeavers;

internal sealed class CareLeaverContactConfiguration : IEntityTypeConfiguration<CareLeaverContact>
{
    public void Configure(EntityTypeBuilder<CareLeaverContact> e)
    {
        e.ToTable("care_leaver_contacts");
        e.HasIndex(x => new { x.PersonId, x.ContactOn });
        e.Property(x => x.InTouch).HasMaxLength(CarePeriod.MaxCode);
        e.Property(x => x.Activity).HasMaxLength(CarePeriod.MaxCode);
        e.Property(x => x.Accommodation).HasMaxLength(CarePeriod.MaxCode);
        e.Property(x => x.Notes).HasMaxLength(CarePeriod.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PathwayPlanEntryConfiguration : IEntityTypeConfiguration<PathwayPlanEntry>
{
    public void Configure(EntityTypeBuilder<PathwayPlanEntry> e)
    {
        e.ToTable("pathway_plans");
        e.HasIndex(x => new { x.PersonId, x.On });
        e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Notes).HasMaxLength(CarePeriod.MaxText);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PersonalAdviserAllocationConfiguration : IEntityTypeConfiguration<PersonalAdviserAllocation>
{
    public void Configure(EntityTypeBuilder<PersonalAdviserAllocation> e)
    {
        e.ToTable("personal_advisers");
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.AdviserName).HasMaxLength(CarePeriod.MaxName);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StayingPutArrangementConfiguration : IEntityTypeConfiguration<StayingPutArrangement>
{
    public void Configure(EntityTypeBuilder<StayingPutArrangement> e)
    {
        e.ToTable("staying_put");
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.CarerName).HasMaxLength(CarePeriod.MaxName);
        e.Property(x => x.RecordedByName).HasMaxLength(CarePeriod.MaxName);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
