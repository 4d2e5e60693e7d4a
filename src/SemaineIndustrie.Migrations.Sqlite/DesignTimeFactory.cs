using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add --project src/SemaineIndustrie.Migrations.Sqlite</c> build the model without the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
