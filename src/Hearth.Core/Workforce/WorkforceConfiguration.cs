using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.Workforce;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> e)
    {
        e.ToTable("users");
        e.HasIndex(x => x.UserName).IsUnique();
        e.HasIndex(x => x.ExternalSubject);
        e.Property(x => x.SocialWorkEnglandNumber).HasMaxLength(12);
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> e) => e.ToTable("teams");
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> e)
    {
        e.ToTable("api_tokens");
        e.HasIndex(x => x.TokenHash).IsUnique();
    }
}

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> e)
    {
        e.ToTable("allocations");
        e.HasIndex(x => new { x.WorkerId, x.EndDate });
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.ChangeReason).HasMaxLength(6);
    }
}
