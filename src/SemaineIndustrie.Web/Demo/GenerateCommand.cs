using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Catalogue;

namespace SemaineIndustrie.Web.Demo;

/// <summary>
/// <c>generate --editions 15 --events 10000 [--registrations 300000] [--seed 42]</c>: fills the most recent editions up
/// to a number of events each, then the database up to a number of registrations, for benchmarks. Each batch is its own transaction, so an interrupted run
/// loses at most one batch, and running the command again tops up what is missing.
/// </summary>
public static class GenerateCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (!GenerateArguments.TryParse(args, out var arguments, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(GenerateArguments.Usage);
            return 64;
        }
        if (arguments.ShowHelp)
        {
            Console.WriteLine(GenerateArguments.Usage);
            return 0;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clock = Stopwatch.StartNew();

        await DemoEditions.EnsureOpenEditionAsync(db, CancellationToken.None);
        var editions = await db.Editions.OrderByDescending(e => e.Year).Take(arguments.Editions).ToListAsync();
        editions.Reverse();
        if (editions.Count < arguments.Editions)
            Console.WriteLine($"La base ne compte que {editions.Count} éditions : toutes seront remplies.");

        // Editions whose dates were not found get a plausible week, stored so that every run uses the same.
        var dated = editions.Where(DemoEditions.EnsureWeek).Select(e => e.Year).ToList();
        if (dated.Count > 0)
        {
            await db.SaveChangesAsync();
            Console.WriteLine($"Semaine fixée pour les éditions sans dates : {string.Join(", ", dated)}.");
        }
        var plans = editions.Select(DemoEditions.Plan).ToList();
        db.ChangeTracker.Clear();

        var filler = await EditionFiller.CreateAsync(db, CancellationToken.None);
        var total = 0;
        foreach (var plan in plans)
        {
            // One stream per edition: filling 2024 draws the same events whether or not 2023 was filled first.
            // (HashCode.Combine would not do: it is salted differently in every process.)
            var rng = new Random(unchecked(arguments.Seed * 10007 + plan.Year) & 0x7FFFFFFF);
            var editionClock = Stopwatch.StartNew();
            var added = await filler.FillAsync(plan, arguments.Events, rng,
                count => Console.WriteLine($"Édition {plan.Year} : {FrenchTime.Number(count)} / {FrenchTime.Number(arguments.Events)} événements"),
                CancellationToken.None);
            total += added;
            Console.WriteLine(added == 0
                ? $"Édition {plan.Year} : déjà complète."
                : $"Édition {plan.Year} : {FrenchTime.Number(added)} événements ajoutés en {editionClock.Elapsed.TotalSeconds:0.0} s.");
        }
        var registrations = 0;
        if (arguments.Registrations > 0)
        {
            var rng = new Random(arguments.Seed);
            registrations = await RegistrationFiller.FillAsync(db, arguments.Registrations, rng,
                count => Console.WriteLine($"Inscriptions : {FrenchTime.Number(count)} / {FrenchTime.Number(arguments.Registrations)}"),
                CancellationToken.None);
        }
        Console.WriteLine($"Terminé : {FrenchTime.Number(total)} événements et {FrenchTime.Number(registrations)} inscriptions ajoutés en {Duration(clock.Elapsed)}.");
        return 0;
    }

    private static string Duration(TimeSpan t) =>
        t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes} min {t.Seconds:00} s" : $"{t.TotalSeconds:0.0} s";
}
