using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Labelling;
using SemaineIndustrie.Web.Infrastructure;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Web.Labelling;

/// <summary>The labelling mails: the organisation's members on each decision, the department's reviewers on each submission.</summary>
public sealed class LabellingMails(AppDbContext db, IMailSender mail, IOptions<SiteOptions> site)
{
    private const string Signature = "\n\n— La plateforme de la Semaine de l’Industrie\nCe message est envoyé automatiquement : merci de ne pas y répondre.";

    private string BaseUrl => site.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>Reviewers of the department who want one mail per submission; the region's coordinators when the department has no reviewer.</summary>
    public async Task NewSubmissionAsync(int eventId, CancellationToken ct = default)
    {
        var e = await db.Events.AsNoTracking().Where(x => x.Id == eventId)
            .Select(x => new { x.Title, x.DepartmentCode, x.ReviewDueOn, Organisation = x.Organisation!.Name, x.Department!.RegionCode, Department = x.Department.Name })
            .SingleAsync(ct);
        var recipients = await ReviewersAsync(e.DepartmentCode, e.RegionCode, ct);
        foreach (var r in recipients.Where(r => !r.WantsDailyDigest))
            await mail.SendAsync(new OutgoingMail(r.Email!, $"Nouvelle soumission : {e.Title}",
                $"Bonjour {r.FullName},\n\n{e.Organisation} soumet « {e.Title} » à la labellisation ({e.Department}).\n" +
                $"Réponse attendue au plus tard le {Day(e.ReviewDueOn)}.\n\nExaminer la demande :\n{BaseUrl}/comite/evenements/{eventId}" + Signature), ct);
    }

    /// <summary>The people who review a department: its reviewers, else the coordinators of its region.</summary>
    public async Task<IReadOnlyList<AppUser>> ReviewersAsync(string departmentCode, string regionCode, CancellationToken ct = default)
    {
        var reviewers = await db.TerritorialRoles.AsNoTracking()
            .Where(r => r.Kind == TerritorialRoleKind.DepartmentReviewer && r.DepartmentCode == departmentCode && r.User!.EmailConfirmed)
            .Select(r => r.User!).Distinct().ToListAsync(ct);
        if (reviewers.Count > 0) return reviewers;
        return await db.TerritorialRoles.AsNoTracking()
            .Where(r => r.Kind == TerritorialRoleKind.RegionalCoordinator && r.RegionCode == regionCode && r.User!.EmailConfirmed)
            .Select(r => r.User!).Distinct().ToListAsync(ct);
    }

    /// <summary>Tells every member of the organisation what the committee (or a fellow member) decided.</summary>
    public async Task DecisionAsync(int eventId, CancellationToken ct = default)
    {
        var e = await db.Events.AsNoTracking().Where(x => x.Id == eventId)
            .Select(x => new { x.Title, x.OrganisationId, Last = x.Decisions.OrderByDescending(d => d.AtUtc).ThenByDescending(d => d.Id).First() })
            .SingleAsync(ct);
        var (subject, text) = e.Last.Kind switch
        {
            DecisionKind.Labelled => ("Événement labellisé", "est labellisé : il apparaît sur la carte et la liste publiques de la Semaine de l’Industrie. Vous recevrez le kit de communication."),
            DecisionKind.ChangesRequested => ("Modifications demandées", "demande des modifications avant la labellisation. Modifiez l’événement puis soumettez-le à nouveau."),
            DecisionKind.Refused => ("Événement non labellisé", "n’est pas labellisé."),
            DecisionKind.Cancelled => ("Événement annulé", "est annulé : il n’apparaît plus sur la liste publique."),
            _ => ("Événement mis à jour", $"est {StatusLabels.Of(e.Last.Kind)}."),
        };
        var why = e.Last.Message is { } m ? $"\n\nMessage de {e.Last.ActorName} :\n« {m} »" : "";
        var members = await db.OrganisationMembers.AsNoTracking().Where(m => m.OrganisationId == e.OrganisationId && m.User!.EmailConfirmed)
            .Select(m => new { m.User!.Email, m.User.FullName }).ToListAsync(ct);
        foreach (var member in members)
            await mail.SendAsync(new OutgoingMail(member.Email!, $"{subject} : {e.Title}",
                $"Bonjour {member.FullName},\n\nVotre événement « {e.Title} » {text}{why}\n\nVoir l’événement et son historique :\n{BaseUrl}/organisateur/evenements/{eventId}" + Signature), ct);
    }

    public static string Day(DateOnly? day) => day is { } d ? FrenchTime.Day(d) : "—";
}
