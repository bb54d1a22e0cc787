using Hearth.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hearth.Data.Sqlite;

public static class SqliteDatabase
{
    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabase).Assembly.GetName().Name));
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<HearthDbContext>
{
    public HearthDbContext CreateDbContext(string[] args) =>
        new(SqliteDatabase.Use(new DbContextOptionsBuilder<HearthDbContext>(), "Data Source=design.db").Options as DbContextOptions<HearthDbContext>
            ?? throw new InvalidOperationException());
}
