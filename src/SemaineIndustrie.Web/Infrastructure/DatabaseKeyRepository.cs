using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Web.Infrastructure;

/// <summary>
/// The data-protection keys in the shared database's <c>DataProtectionKeys</c> table, the rows EF Core's own repository
/// (<c>PersistKeysToDbContext</c>) reads and writes. The keys are read with one plain statement: EF Core's repository
/// compiled a LINQ query for it while the host started, 0.1 s of every start (issue 8).
/// </summary>
public sealed class DatabaseKeyRepository(IServiceScopeFactory scopes, ILogger<DatabaseKeyRepository> logger) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var keys = new List<XElement>();
        db.Database.OpenConnection();
        try
        {
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT \"FriendlyName\", \"Xml\" FROM \"DataProtectionKeys\" ORDER BY \"Id\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (reader.IsDBNull(1)) continue;
                try { keys.Add(XElement.Parse(reader.GetString(1))); }
                catch (XmlException e) { logger.LogWarning(e, "La clé de protection « {Name} » n’est pas un XML lisible : elle est ignorée.", reader.IsDBNull(0) ? "" : reader.GetString(0)); }
            }
        }
        finally
        {
            db.Database.CloseConnection();
        }
        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
