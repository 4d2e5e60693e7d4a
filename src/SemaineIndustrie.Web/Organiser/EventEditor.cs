using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Organiser;

/// <summary>Copies the form into the event and back, and tells substantial edits (sent back to review) from small ones.</summary>
public sealed class EventEditor(AppDbContext db, ReferenceLists lists, AddressGeocoder geocoder)
{
    public static EventInput ToInput(Event e, string timeZoneId, CommunePlace? commune) => new()
    {
        Title = e.Title, Summary = e.Summary, Description = e.Description, KindCode = e.KindCode,
        Sectors = e.Sectors.Select(s => s.Code).ToList(), Audiences = e.Audiences.Select(a => a.Code).ToList(), IsFree = e.IsFree,
        PictureAlt = e.PictureAlt,
        Venue = e.Venue, Address = e.Address, Commune = commune?.Label, OnlineUrl = e.OnlineUrl,
        Latitude = EventPoint.Field(e.Latitude), Longitude = EventPoint.Field(e.Longitude),
        IsAccessible = e.IsAccessibleReducedMobility, AccessibilityDetails = e.AccessibilityDetails,
        Sessions = e.Sessions.OrderBy(s => s.StartsAtUtc).Select(s =>
        {
            var start = FrenchTime.ToLocal(s.StartsAtUtc, timeZoneId);
            var end = FrenchTime.ToLocal(s.EndsAtUtc, timeZoneId);
            return new SessionInput { Day = DateOnly.FromDateTime(start), Start = TimeOnly.FromDateTime(start), End = TimeOnly.FromDateTime(end), Capacity = s.Capacity };
        }).ToList(),
        Registration = e.Sessions.FirstOrDefault()?.RegistrationMode ?? RegistrationMode.None,
        RegistrationUrl = e.Sessions.FirstOrDefault()?.ExternalRegistrationUrl,
        ContactName = e.ContactName, ContactEmail = e.ContactEmail, ContactPhone = e.ContactPhone,
    };

    /// <summary>
    /// Writes the form into the event (sessions are updated in place so that places already taken stay with them).
    /// Returns whether what the committee labelled changed: title, summary, description, kind, place or dates.
    /// </summary>
    public async Task<bool> ApplyAsync(Event e, EventInput input, CommunePlace? commune, string fallbackCommune)
    {
        var before = Fingerprint(e);
        e.Title = Trimmed(input.Title) ?? "";
        e.Summary = Trimmed(input.Summary) ?? "";
        e.Description = DescriptionText.Clean(input.Description);
        var kinds = await lists.KindsAsync();
        e.KindCode = kinds.Any(k => k.Code == input.KindCode) ? input.KindCode! : e.KindCode is { Length: > 0 } ? e.KindCode : kinds[0].Code;
        var sectors = input.Sectors.Distinct().ToList();
        var audiences = input.Audiences.Distinct().ToList();
        var chosenSectors = await db.Sectors.Where(s => sectors.Contains(s.Code)).ToListAsync();
        var chosenAudiences = await db.Audiences.Where(a => audiences.Contains(a.Code)).ToListAsync();
        e.Sectors.Clear();
        e.Sectors.AddRange(chosenSectors);
        e.Audiences.Clear();
        e.Audiences.AddRange(chosenAudiences);
        e.IsFree = input.IsFree;
        e.Venue = Trimmed(input.Venue);
        var (communeBefore, addressBefore) = (e.CommuneCode, e.Address);
        e.Address = Trimmed(input.Address);
        var place = commune ?? (e.CommuneCode is { Length: > 0 } ? null : await CommuneAsync(fallbackCommune));
        if (place is not null)
        {
            e.CommuneCode = place.InseeCode;
            e.DepartmentCode = place.DepartmentCode;
            e.PostalCode = place.MainPostalCode;
            await PlaceAsync(e, input, place, communeBefore != place.InseeCode || addressBefore != e.Address);
        }
        e.OnlineUrl = Trimmed(input.OnlineUrl);
        e.IsAccessibleReducedMobility = input.IsAccessible;
        e.AccessibilityDetails = Trimmed(input.AccessibilityDetails);
        e.ContactName = Trimmed(input.ContactName);
        e.ContactEmail = Trimmed(input.ContactEmail);
        e.ContactPhone = Trimmed(input.ContactPhone);

        var timeZone = (await lists.DepartmentAsync(e.DepartmentCode))?.TimeZoneId ?? "Europe/Paris";
        var typed = input.Sessions.Where(s => s.Day is not null && s.Start is not null && s.End is not null).ToList();
        var existing = e.Sessions.OrderBy(s => s.StartsAtUtc).ToList();
        for (var i = 0; i < typed.Count; i++)
        {
            var session = i < existing.Count ? existing[i] : new Session();
            if (i >= existing.Count) e.Sessions.Add(session);
            var s = typed[i];
            session.StartsAtUtc = FrenchTime.ToUtc(s.Day!.Value.ToDateTime(s.Start!.Value), timeZone);
            session.EndsAtUtc = FrenchTime.ToUtc(s.Day.Value.ToDateTime(s.End!.Value), timeZone);
            session.RegistrationMode = input.Registration;
            session.Capacity = input.Registration == RegistrationMode.Platform ? Math.Max(s.Capacity ?? 0, session.PlacesTaken) : null;
            session.ExternalRegistrationUrl = input.Registration == RegistrationMode.External ? Trimmed(input.RegistrationUrl) : null;
        }
        foreach (var gone in existing.Skip(typed.Count)) e.Sessions.Remove(gone);
        e.RefreshDates();
        return before != Fingerprint(e);
    }

    /// <summary>
    /// The pin the organiser moved stays where they put it (the form checked it is near the commune); otherwise a new
    /// commune or address places it again: at the address when the national address service finds it, else on the commune.
    /// </summary>
    private async Task PlaceAsync(Event e, EventInput input, CommunePlace place, bool placeChanged)
    {
        if (input.PointMoved && EventPoint.TryRead(input.Latitude, input.Longitude, out var moved))
            (e.Latitude, e.Longitude) = (moved.Latitude, moved.Longitude);
        else if (placeChanged || e.Latitude is null)
        {
            var located = await geocoder.LocateAsync(e.Address, place);
            (e.Latitude, e.Longitude) = located is { } p ? (p.Latitude, p.Longitude) : (place.Latitude, place.Longitude);
        }
    }

    /// <summary>
    /// Keeps a new picture (already re-encoded), or removes the current one; the text alternative goes with the picture.
    /// Returns whether the public now sees a picture the committee has not: a new or replaced one.
    /// </summary>
    public async Task<bool> ApplyPictureAsync(Event e, EncodedPicture? upload, bool remove, string? alt)
    {
        var before = e.PictureVersion;
        if (upload is not null)
        {
            var picture = e.Id == 0 ? null : await db.EventPictures.FindAsync(e.Id);
            if (picture is null) e.Picture = picture = new EventPicture { Content = upload.Content, ContentType = upload.ContentType };
            (picture.Content, picture.ContentType, picture.Width, picture.Height) = (upload.Content, upload.ContentType, upload.Width, upload.Height);
            e.PictureVersion = upload.Version;
        }
        else if (remove && e.PictureVersion is not null)
        {
            if (await db.EventPictures.FindAsync(e.Id) is { } gone) db.EventPictures.Remove(gone);
            e.PictureVersion = null;
        }
        e.PictureAlt = e.PictureVersion is null ? null : Trimmed(alt);
        return e.PictureVersion is not null && e.PictureVersion != before;
    }

    private async Task<CommunePlace?> CommuneAsync(string code) =>
        await db.Communes.Where(c => c.InseeCode == code)
            .Select(c => new CommunePlace(c.InseeCode, c.Name, c.DepartmentCode, c.PostalCodes, c.Latitude, c.Longitude)).FirstOrDefaultAsync();

    private static string Fingerprint(Event e) => string.Join('|',
        e.Title, e.Summary, e.Description, e.KindCode, e.CommuneCode, e.Venue, e.Address, e.OnlineUrl,
        string.Join(",", e.Sessions.OrderBy(s => s.StartsAtUtc).Select(s => $"{s.StartsAtUtc:yyyy-MM-ddTHH:mm}-{s.EndsAtUtc:yyyy-MM-ddTHH:mm}")));

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
