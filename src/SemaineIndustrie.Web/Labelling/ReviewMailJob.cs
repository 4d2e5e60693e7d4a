using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Web.Infrastructure;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Web.Labelling;

/// <summary>
/// The committee's scheduled mail: a reminder the working day before a submission's answer is due, and the daily
/// digest of new submissions for reviewers who chose it. Each mail is claimed by a conditional update first, so that
/// two instances never send it twice.
/// </summary>
public sealed class ReviewMailJob(AppDbContext db, LabellingMails labellingMails, IMailSender mail, IOptions<SiteOptions> site)
{
    /// <summary>The digest leaves at this hour, Paris time, with the submissions of the previous 24 hours.</summary>
    public const int DigestHour = 7;

    public async Task<(int Reminders, int Digests)> RunOnceAsync(DateTime nowUtc, CancellationToken ct = default) =>
        (await SendRemindersAsync(nowUtc, ct), await SendDigestsAsync(nowUtc, ct));

    private async Task<int> SendRemindersAsync(DateTime nowUtc, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(FrenchTime.ToLocal(nowUtc, "Europe/Paris"));
        var horizon = WorkingDays.Add(today, 1);
        var due = await db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Submitted && e.ReminderSentAtUtc == null && e.ReviewDueOn != null && e.ReviewDueOn <= horizon)
            .Select(e => new { e.Id, e.Title, e.DepartmentCode, e.Department!.RegionCode, e.ReviewDueOn }).ToListAsync(ct);
        var sent = 0;
        foreach (var e in due)
        {
            var claimed = await db.Events.Where(x => x.Id == e.Id && x.ReminderSentAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReminderSentAtUtc, nowUtc), ct);
            if (claimed == 0) continue;
            var late = e.ReviewDueOn < today;
            foreach (var r in await labellingMails.ReviewersAsync(e.DepartmentCode, e.RegionCode, ct))
                await mail.SendAsync(new OutgoingMail(r.Email!, $"{(late ? "En retard" : "Rappel")} : {e.Title}",
                    $"Bonjour {r.FullName},\n\nLa réponse du comité à « {e.Title} » est attendue {(late ? "depuis" : "au plus tard")} le {LabellingMails.Day(e.ReviewDueOn)} " +
                    $"(4 jours ouvrés après la soumission).\n\nExaminer la demande :\n{site.Value.PublicBaseUrl.TrimEnd('/')}/comite/evenements/{e.Id}"), ct);
            sent++;
        }
        return sent;
    }

    private async Task<int> SendDigestsAsync(DateTime nowUtc, CancellationToken ct)
    {
        var local = FrenchTime.ToLocal(nowUtc, "Europe/Paris");
        if (local.Hour < DigestHour) return 0;
        var todaysRun = FrenchTime.ToUtc(local.Date.AddHours(DigestHour), "Europe/Paris");
        var reviewers = await db.Users.AsNoTracking()
            .Where(u => u.WantsDailyDigest && u.EmailConfirmed && (u.LastDigestSentAtUtc == null || u.LastDigestSentAtUtc < todaysRun)
                && u.TerritorialRoles.Any(r => r.Kind == TerritorialRoleKind.DepartmentReviewer || r.Kind == TerritorialRoleKind.RegionalCoordinator))
            .Select(u => new { u.Id, u.Email, u.FullName, u.LastDigestSentAtUtc }).ToListAsync(ct);
        var sent = 0;
        foreach (var r in reviewers)
        {
            var since = r.LastDigestSentAtUtc ?? nowUtc.AddDays(-1);
            var claimed = await db.Users.Where(u => u.Id == r.Id && u.LastDigestSentAtUtc == r.LastDigestSentAtUtc)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastDigestSentAtUtc, nowUtc), ct);
            if (claimed == 0) continue;
            var roles = await db.TerritorialRoles.AsNoTracking().Where(x => x.UserId == r.Id).ToListAsync(ct);
            var departments = roles.Where(x => x.DepartmentCode != null).Select(x => x.DepartmentCode!).ToList();
            var regions = roles.Where(x => x.RegionCode != null).Select(x => x.RegionCode!).ToList();
            var news = await db.Events.AsNoTracking()
                .Where(e => e.Status == EventStatus.Submitted && e.SubmittedAtUtc >= since
                    && (departments.Contains(e.DepartmentCode) || regions.Contains(e.Department!.RegionCode)))
                .OrderBy(e => e.SubmittedAtUtc).Select(e => new { e.Id, e.Title, e.DepartmentCode, e.ReviewDueOn }).ToListAsync(ct);
            if (news.Count == 0) continue;
            var lines = string.Join("\n", news.Select(e => $"- {e.Title} ({e.DepartmentCode}), réponse due le {LabellingMails.Day(e.ReviewDueOn)} : {site.Value.PublicBaseUrl.TrimEnd('/')}/comite/evenements/{e.Id}"));
            await mail.SendAsync(new OutgoingMail(r.Email!, $"Récapitulatif : {news.Count} nouvelle{(news.Count > 1 ? "s" : "")} soumission{(news.Count > 1 ? "s" : "")}",
                $"Bonjour {r.FullName},\n\nNouvelles soumissions depuis le dernier récapitulatif :\n{lines}"), ct);
            sent++;
        }
        return sent;
    }
}

/// <summary>Runs <see cref="ReviewMailJob"/> every <c>Labelling:MailIntervalMinutes</c> minutes (15 by default).</summary>
public sealed class ReviewMailService(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<ReviewMailService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Labelling:MailIntervalMinutes", 15)));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var (reminders, digests) = await scope.ServiceProvider.GetRequiredService<ReviewMailJob>().RunOnceAsync(clock.GetUtcNow().UtcDateTime, stoppingToken);
                if (reminders + digests > 0) logger.LogInformation("Rappels envoyés : {Reminders} ; récapitulatifs : {Digests}.", reminders, digests);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "L’envoi des rappels a échoué ; nouvel essai au prochain passage.");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
