using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Registrations;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>What the passing of time asks of registrations: reminders, the last hours' waiting lists, erasure.</summary>
public sealed record HousekeepingReport(int Reminded, int SessionsServed, int Erased);

/// <summary>
/// Run every few minutes by <see cref="RegistrationHousekeepingService"/> on every instance: each step is safe to run
/// twice or side by side (a reminder is claimed by a conditional update before it is sent; waiting lists are served
/// under the session's lock; erasing what is erased changes nothing).
/// </summary>
public sealed class RegistrationHousekeeping(AppDbContext db, RegistrationMails mails, RegistrationChanges changes, IOptions<RegistrationOptions> options)
{
    public async Task<HousekeepingReport> RunAsync(DateTime nowUtc, CancellationToken ct) => new(
        await RemindAsync(nowUtc, ct), await ServeLastHoursAsync(nowUtc, ct), await EraseExpiredAsync(nowUtc, ct));

    /// <summary>
    /// One reminder per confirmed registration, <c>ReminderHoursBeforeStart</c> before the session; not to those
    /// confirmed inside that window, who have just had their mail.
    /// </summary>
    private async Task<int> RemindAsync(DateTime nowUtc, CancellationToken ct)
    {
        var until = nowUtc + options.Value.ReminderWindow;
        var due = await db.Registrations.AsNoTracking()
            .Where(r => r.Status == RegistrationStatus.Confirmed && r.ReminderSentAtUtc == null && r.Email != null
                && r.Session!.StartsAtUtc > nowUtc && r.Session.StartsAtUtc <= until && r.Session.Event!.Status == EventStatus.Labelled)
            .Select(r => new { r.Id, r.ConfirmedAtUtc, r.Session!.StartsAtUtc })
            .ToListAsync(ct);
        var reminded = 0;
        foreach (var r in due.Where(r => r.ConfirmedAtUtc < r.StartsAtUtc - options.Value.ReminderWindow))
        {
            var id = r.Id;
            var claimed = await db.Registrations.Where(x => x.Id == id && x.ReminderSentAtUtc == null)
                .ExecuteUpdateAsync(x => x.SetProperty(y => y.ReminderSentAtUtc, nowUtc), ct) == 1;
            if (!claimed) continue; // another instance took it
            if (await mails.ReminderAsync(id, ct)) reminded++;
            else await db.Registrations.Where(x => x.Id == id).ExecuteUpdateAsync(x => x.SetProperty(y => y.ReminderSentAtUtc, (DateTime?)null), ct);
        }
        return reminded;
    }

    /// <summary>Sessions entering their last hours with places free and people waiting: first fit serves them now (ADR 0008).</summary>
    private async Task<int> ServeLastHoursAsync(DateTime nowUtc, CancellationToken ct)
    {
        var until = nowUtc + options.Value.FirstFitWindow;
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.RegistrationMode == RegistrationMode.Platform && s.StartsAtUtc > nowUtc && s.StartsAtUtc <= until
                && s.Capacity > s.PlacesTaken && db.Registrations.Any(r => r.SessionId == s.Id && r.Status == RegistrationStatus.Waitlisted))
            .Select(s => s.Id).ToListAsync(ct);
        var served = 0;
        foreach (var id in sessions)
            if (await changes.ServeWaitlistAsync(id, ct)) served++;
        return served;
    }

    /// <summary>
    /// The edition's retention period (<c>Edition.PersonalDataRetentionDays</c> after the week) over: names, addresses
    /// and phones go, with the private links; places, groups and establishments stay for the figures.
    /// </summary>
    private async Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken ct)
    {
        var editions = await db.Editions.AsNoTracking().Where(e => e.WeekEnd != null)
            .Select(e => new { e.Id, WeekEnd = e.WeekEnd!.Value, e.PersonalDataRetentionDays }).ToListAsync(ct);
        var erased = 0;
        foreach (var edition in editions.Where(e => e.WeekEnd.AddDays(e.PersonalDataRetentionDays + 1).ToDateTime(TimeOnly.MinValue) <= nowUtc))
        {
            var sessions = db.Sessions.Where(s => s.Event!.EditionId == edition.Id).Select(s => s.Id);
            erased += await db.Registrations.Where(r => r.PersonalDataErasedAtUtc == null && sessions.Contains(r.SessionId))
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.Name, (string?)null).SetProperty(x => x.Email, (string?)null)
                    .SetProperty(x => x.Phone, (string?)null).SetProperty(x => x.EmailKey, (string?)null)
                    .SetProperty(x => x.PersonalDataErasedAtUtc, nowUtc), ct);
            var registrations = db.Registrations.Where(r => sessions.Contains(r.SessionId)).Select(r => r.Id);
            await db.RegistrationLinks.Where(l => registrations.Contains(l.RegistrationId)).ExecuteDeleteAsync(ct);
        }
        return erased;
    }
}

/// <summary>Runs <see cref="RegistrationHousekeeping"/> every <c>Registrations:HousekeepingMinutes</c> (0: never).</summary>
public sealed class RegistrationHousekeepingService(
    IServiceScopeFactory scopes, IOptions<RegistrationOptions> options, TimeProvider clock, ILogger<RegistrationHousekeepingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.HousekeepingMinutes <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.HousekeepingMinutes), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<RegistrationHousekeeping>().RunAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
                if (report != new HousekeepingReport(0, 0, 0)) logger.LogInformation("Inscriptions : {Report}", report);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Les rappels et effacements des inscriptions ont échoué ; nouvel essai au prochain passage.");
            }
        }
    }
}
