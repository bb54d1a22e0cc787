using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.FrontDoor;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> e)
    {
        e.ToTable("contacts");
        e.HasIndex(x => x.Reference).IsUnique();
        e.HasIndex(x => x.SubmissionKey).IsUnique();
        // The queue reads open contacts by deadline; the handover list by date.
        e.HasIndex(x => new { x.Status, x.DecisionDueAt });
        e.HasIndex(x => x.HandoverDate);
        e.Property(x => x.Reference).HasMaxLength(20);
        e.Property(x => x.ReferralSourceCode).HasMaxLength(3);
        e.Property(x => x.Concern).HasMaxLength(ContactValidator.MaxFreeText);
        e.Property(x => x.ActionTakenByReferrer).HasMaxLength(ContactValidator.MaxFreeText);
        e.Property(x => x.ChildrenAsDescribed).HasMaxLength(ContactValidator.MaxFreeText);
        e.Property(x => x.PoliceIncidentReference).HasMaxLength(ContactValidator.MaxShortText);
        e.OwnsOne(x => x.Referrer, r =>
        {
            r.Property(p => p.Name).HasColumnName("referrer_name").HasMaxLength(ContactValidator.MaxShortText);
            r.Property(p => p.Role).HasColumnName("referrer_role").HasMaxLength(ContactValidator.MaxShortText);
            r.Property(p => p.Organisation).HasColumnName("referrer_organisation").HasMaxLength(ContactValidator.MaxShortText);
            r.Property(p => p.Phone).HasColumnName("referrer_phone").HasMaxLength(ContactValidator.MaxShortText);
            r.Property(p => p.Email).HasColumnName("referrer_email").HasMaxLength(ContactValidator.MaxShortText);
            r.Property(p => p.Address).HasColumnName("referrer_address").HasMaxLength(ContactValidator.MaxFreeText);
        });
        e.Navigation(x => x.Referrer).IsRequired();
        e.OwnsOne(x => x.Decision, d =>
        {
            d.Property(p => p.Outcome).HasColumnName("decision_outcome");
            d.Property(p => p.Rationale).HasColumnName("decision_rationale").HasMaxLength(ContactValidator.MaxFreeText);
            d.Property(p => p.DecidedAt).HasColumnName("decided_at");
            d.Property(p => p.DecidedById).HasColumnName("decided_by_id");
            d.Property(p => p.DecidedByName).HasColumnName("decided_by_name");
        });
        e.HasMany(x => x.Children).WithOne().HasForeignKey(x => x.ContactId);
        e.HasMany(x => x.InformationRequests).WithOne().HasForeignKey(x => x.ContactId);
        e.HasMany(x => x.Letters).WithOne().HasForeignKey(x => x.ContactId);
    }
}

internal sealed class ContactChildConfiguration : IEntityTypeConfiguration<ContactChild>
{
    public void Configure(EntityTypeBuilder<ContactChild> e)
    {
        e.ToTable("contact_children");
        e.HasIndex(x => new { x.ContactId, x.PersonId }).IsUnique();
        e.HasIndex(x => x.PersonId);
        e.HasOne<People.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InformationRequestConfiguration : IEntityTypeConfiguration<InformationRequest>
{
    public void Configure(EntityTypeBuilder<InformationRequest> e)
    {
        e.ToTable("information_requests");
        e.HasIndex(x => x.ContactId);
        e.Property(x => x.InformationShared).HasMaxLength(ContactValidator.MaxFreeText);
        e.Property(x => x.Question).HasMaxLength(ContactValidator.MaxFreeText);
    }
}

internal sealed class ReferrerLetterConfiguration : IEntityTypeConfiguration<ReferrerLetter>
{
    public void Configure(EntityTypeBuilder<ReferrerLetter> e)
    {
        e.ToTable("referrer_letters");
        e.HasIndex(x => x.ContactId);
    }
}
