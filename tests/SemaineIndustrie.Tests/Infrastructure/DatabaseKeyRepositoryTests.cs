using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging.Abstractions;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Infrastructure;

/// <summary>
/// The keys that protect cookies and tokens are shared by every instance through the database. The repository that
/// reads them with a plain statement must read the rows EF Core's repository wrote before it (deployed databases hold
/// them), and what it writes must read back through EF Core's.
/// </summary>
public class DatabaseKeyRepositoryTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    [Fact]
    public void TheApplicationKeepsItsKeysThroughThisRepository()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddInstanceSharing(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        Assert.IsType<DatabaseKeyRepository>(provider.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task KeysWrittenByEitherRepositoryAreReadByBoth(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = DatabaseStartupTests.Services(new()
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Default"] = database.ConnectionString,
        });
        await services.PrepareDatabaseAsync(seedDemo: false);
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var ours = new DatabaseKeyRepository(scopes, NullLogger<DatabaseKeyRepository>.Instance);
        var efCore = new EntityFrameworkCoreXmlRepository<AppDbContext>(services, NullLoggerFactory.Instance);

        Assert.Empty(ours.GetAllElements());
        efCore.StoreElement(new XElement("key", new XAttribute("id", "a"), new XElement("secret", "l’été « 1 »")), "key-a");
        ours.StoreElement(new XElement("key", new XAttribute("id", "b")), "key-b");

        foreach (var read in new[] { ours.GetAllElements(), efCore.GetAllElements() })
        {
            Assert.Equal(["a", "b"], read.Select(k => (string?)k.Attribute("id")).Order());
            Assert.Equal("l’été « 1 »", read.Single(k => (string?)k.Attribute("id") == "a").Element("secret")?.Value);
        }
    }
}
