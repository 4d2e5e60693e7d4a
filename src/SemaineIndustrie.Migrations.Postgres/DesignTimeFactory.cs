using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add --project src/SemaineIndustrie.Migrations.Postgres</c> build the model without a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=design_time", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
