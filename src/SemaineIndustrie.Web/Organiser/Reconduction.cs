using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Organiser;

/// <summary>« Reconduire » : a past event copied into the open edition as a draft, its sessions moved by whole weeks.</summary>
public static class Reconduction
{
    public static Event Copy(Event past, Edition pastEdition, Edition open)
    {
        // Whole weeks keep each session on its weekday: a Wednesday visit stays a Wednesday visit.
        var days = open.WeekStart is { } to && pastEdition.WeekStart is { } from ? (int)Math.Round((to.DayNumber - from.DayNumber) / 7.0) * 7 : 0;
        var copy = new Event
        {
            EditionId = open.Id, OrganisationId = past.OrganisationId, ReconductedFromId = past.Id, Status = EventStatus.Draft,
            Title = past.Title, Summary = past.Summary, Description = past.Description, KindCode = past.KindCode,
            Venue = past.Venue, Address = past.Address, PostalCode = past.PostalCode, CommuneCode = past.CommuneCode,
            DepartmentCode = past.DepartmentCode, Latitude = past.Latitude, Longitude = past.Longitude, OnlineUrl = past.OnlineUrl,
            IsAccessibleReducedMobility = past.IsAccessibleReducedMobility, AccessibilityDetails = past.AccessibilityDetails,
            IsFree = past.IsFree, ContactName = past.ContactName, ContactEmail = past.ContactEmail, ContactPhone = past.ContactPhone,
            Sectors = [.. past.Sectors], Audiences = [.. past.Audiences], Themes = [],
            Sessions = past.Sessions.Select(s => new Session
            {
                StartsAtUtc = s.StartsAtUtc.AddDays(days), EndsAtUtc = s.EndsAtUtc.AddDays(days), RegistrationMode = s.RegistrationMode,
                Capacity = s.Capacity, ExternalRegistrationUrl = s.ExternalRegistrationUrl,
            }).ToList(),
        };
        copy.RefreshDates();
        return copy;
    }
}
