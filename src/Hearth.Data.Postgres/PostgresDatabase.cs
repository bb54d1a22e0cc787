using Hearth.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hearth.Data.Postgres;

public static class PostgresDatabase
{
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name));
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL (no server needed to add one).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<HearthDbContext>
{
    public HearthDbContext CreateDbContext(string[] args) =>
        new(PostgresDatabase.Use(new DbContextOptionsBuilder<HearthDbContext>(), "Host=localhost;Database=hearth_design").Options as DbContextOptions<HearthDbContext>
            ?? throw new InvalidOperationException());
}
