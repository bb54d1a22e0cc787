using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> e)
    {
        e.ToTable("people");
        e.HasIndex(x => x.Reference).IsUnique();
        e.HasIndex(x => x.NhsNumber);
        e.HasIndex(x => x.Upn);
        e.HasIndex(x => x.DateOfBirth);
        // 8, not 1: imported history keeps the code the file sent, even an invalid one (issue 5).
        e.Property(x => x.Sex).HasMaxLength(8);
        e.Property(x => x.UpnUnknownReason).HasMaxLength(8);
        e.Property(x => x.CommunicationNeeds).HasMaxLength(2000);
        e.HasMany(x => x.Names).WithOne().HasForeignKey(x => x.PersonId);
        e.HasMany(x => x.Addresses).WithOne().HasForeignKey(x => x.PersonId);
        e.HasMany(x => x.Disabilities).WithOne().HasForeignKey(x => x.PersonId);
        e.HasMany(x => x.AccessList).WithOne().HasForeignKey(x => x.PersonId);
        e.Ignore(x => x.LegalName);
        e.Ignore(x => x.PreferredName);
        e.Ignore(x => x.DisplayName);
        e.Ignore(x => x.CurrentAddress);
        e.Ignore(x => x.IsUnborn);
    }
}

internal sealed class PersonNameConfiguration : IEntityTypeConfiguration<PersonName>
{
    public void Configure(EntityTypeBuilder<PersonName> e)
    {
        e.ToTable("person_names");
        e.Ignore(x => x.FullName);
    }
}

internal sealed class PersonAddressConfiguration : IEntityTypeConfiguration<PersonAddress>
{
    public void Configure(EntityTypeBuilder<PersonAddress> e)
    {
        e.ToTable("person_addresses");
        e.HasIndex(x => x.Postcode);
        e.Ignore(x => x.OneLine);
    }
}

internal sealed class PersonDisabilityConfiguration : IEntityTypeConfiguration<PersonDisability>
{
    public void Configure(EntityTypeBuilder<PersonDisability> e)
    {
        e.ToTable("person_disabilities");
        e.HasKey(x => new { x.PersonId, x.Code });
    }
}

internal sealed class PersonSearchKeyConfiguration : IEntityTypeConfiguration<PersonSearchKey>
{
    public void Configure(EntityTypeBuilder<PersonSearchKey> e)
    {
        e.ToTable("person_search_keys");
        // Key first: every search is "key IN (...)"; PersonId second makes it a covering index.
        e.HasKey(x => new { x.Key, x.PersonId });
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.Key).HasMaxLength(64);
    }
}

internal sealed class RestrictedRecordAccessConfiguration : IEntityTypeConfiguration<RestrictedRecordAccess>
{
    public void Configure(EntityTypeBuilder<RestrictedRecordAccess> e)
    {
        e.ToTable("restricted_record_access");
        e.HasKey(x => new { x.PersonId, x.UserId });
    }
}

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> e)
    {
        e.ToTable("relationships");
        e.HasIndex(x => x.PersonId);
        e.HasIndex(x => x.RelatedPersonId);
    }
}

internal sealed class ProfessionalInvolvementConfiguration : IEntityTypeConfiguration<ProfessionalInvolvement>
{
    public void Configure(EntityTypeBuilder<ProfessionalInvolvement> e)
    {
        e.ToTable("professional_involvements");
        e.HasIndex(x => x.PersonId);
    }
}
