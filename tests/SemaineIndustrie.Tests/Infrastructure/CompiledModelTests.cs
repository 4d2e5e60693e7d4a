using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Infrastructure;

/// <summary>
/// The application runs on a model compiled ahead of time (ADR 0018). It must say exactly what the entities and
/// <see cref="AppDbContext.OnModelCreating"/> say: an entity changed without running <c>scripts/compile-model.sh</c>
/// fails here, before a query reads a column the compiled model does not know.
/// </summary>
public class CompiledModelTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public void TheCompiledModelIsTheModelTheEntitiesDescribe(DatabaseProvider provider)
    {
        using var built = Context(provider, compiled: false);
        using var compiled = Context(provider, compiled: true);
        Assert.Same(DatabaseRegistration.CompiledModel(provider), compiled.Model);
        Assert.NotSame(compiled.Model, built.Model);

        var expected = built.Model.ToDebugString(MetadataDebugStringOptions.LongDefault);
        var actual = WithoutAdHocTypes(compiled.Model.ToDebugString(MetadataDebugStringOptions.LongDefault));
        var firstDifference = FirstDifferentLine(expected, actual);
        Assert.True(firstDifference is null,
            $"The compiled model of {provider} differs from the entities ({firstDifference}): run scripts/compile-model.sh.");

        // The tables and columns as queries name them.
        Assert.Equal(Columns(built.Model), Columns(compiled.Model));
    }

    private static AppDbContext Context(DatabaseProvider provider, bool compiled)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        var connection = provider == DatabaseProvider.Postgres ? "Host=127.0.0.1;Database=model_only" : "Data Source=:memory:";
        if (compiled) DatabaseRegistration.Configure(options, provider, connection);
        else DatabaseRegistration.ConfigureProvider(options, provider, connection);
        return new AppDbContext(options.Options);
    }

    private static string[] Columns(IModel model) =>
        model.GetRelationalModel().Tables
            .SelectMany(t => t.Columns.Select(c => $"{t.Name}.{c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")}"))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// The process's one compiled model also records the result types of raw SQL queries (<c>SqlQuery&lt;T&gt;</c>)
    /// as they run: a section a model built afresh does not have yet.
    /// </summary>
    private static string WithoutAdHocTypes(string debugView)
    {
        var lines = debugView.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimStart() == "Ad-hoc entity types:");
        if (start < 0) return debugView;
        var indent = lines[start].Length - lines[start].TrimStart().Length;
        var end = start + 1;
        while (end < lines.Length && (lines[end].Trim().Length == 0 || lines[end].Length - lines[end].TrimStart().Length > indent)) end++;
        return string.Join('\n', lines[..start].Concat(lines[end..]));
    }

    private static string? FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i].TrimEnd() : "(end)";
            var right = i < b.Length ? b[i].TrimEnd() : "(end)";
            if (left != right) return $"line {i + 1}: entities say « {left.Trim()} », compiled model says « {right.Trim()} »";
        }
        return null;
    }
}
