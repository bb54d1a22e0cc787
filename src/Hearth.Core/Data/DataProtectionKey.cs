using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Core.Data;

/// <summary>
/// The keys that protect sign-in cookies and antiforgery tokens, kept in the database so that every
/// app server behind a load balancer shares them and a restart does not sign everyone out (DESIGN.md idea 7).
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; private set; }
    public string FriendlyName { get; init; } = "";
    public string Xml { get; init; } = "";
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> e) => e.ToTable("data_protection_keys");
}
