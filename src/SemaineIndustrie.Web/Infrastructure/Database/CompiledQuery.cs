using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SemaineIndustrie.Web.Infrastructure.Database;

/// <summary>
/// A query compiled once per model (<see cref="EF.CompileAsyncQuery"/>) for the hot paths of public pages: EF Core then
/// skips walking the query's expression for its parameters and looking its plan up. A compiled query serves one model
/// only; the application has one, the tests have one per provider in the same process.
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = [];

    public TQuery For(DbContext db) => compiled.GetValue(db.Model, _ => compile());
}
