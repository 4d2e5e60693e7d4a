using System.Text;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Web.Api;
using SemaineIndustrie.Web.Infrastructure.Database;
using C = SemaineIndustrie.Tests.Api.ApiCatalogue;
using static SemaineIndustrie.Tests.Api.FeedReaders;

namespace SemaineIndustrie.Tests.Api;

/// <summary>Searches as calendars to subscribe to, and the « Ajouter à mon agenda » file of an event page.</summary>
public class CalendarTests
{
    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task EachSessionIsAnEntryWithAStableUidAndItsInstant(DatabaseProvider provider)
    {
        var app = await C.GetAsync(provider);
        var client = app.CreateClient();
        var sessions = await app.WithDbAsync(db => db.Sessions.Where(s => s.Event!.Title == C.FactoryVisit).OrderBy(s => s.StartsAtUtc).ToListAsync());

        var response = await client.GetAsync("/api/v1/events.ics?q=visite%20usine");
        var calendar = ReadCalendar(await response.Content.ReadAsStringAsync());

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Semaine de l'Industrie 2026", calendar.Properties.Get<string>("X-WR-CALNAME"));
        Assert.Equal(2, calendar.Events.Count);
        var first = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).First();
        Assert.Equal($"session-{sessions[0].Id}@semaine-industrie", first.Uid);
        Assert.Equal(new DateTime(2026, 11, 24, 8, 0, 0, DateTimeKind.Utc), first.DtStart!.AsUtc); // 9:00 in Paris
        Assert.Equal(new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc), first.DtEnd!.AsUtc);
        Assert.Equal(C.FactoryVisit, first.Summary);
        Assert.Equal("46000 Cahors", first.Location);
        Assert.StartsWith("http://localhost:5080/evenements/", first.Url!.ToString());
        Assert.Contains("Organisateur : Conserverie du Causse.", first.Description);
        Assert.Equal(44.44681, first.GeographicLocation!.Latitude, 5);
    }

    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task ADepartmentsCalendarIsNamedAfterItAndEscapesPunctuation(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var text = await client.GetTextAsync("/api/v1/events.ics?department=32");
        var calendar = ReadCalendar(text);

        Assert.Equal("Semaine de l'Industrie 2026 – Gers", calendar.Properties.Get<string>("X-WR-CALNAME"));
        Assert.Equal(C.Auch, Assert.Single(calendar.Events).Summary); // commas and semicolons escaped, then read back
        Assert.Contains(@"SUMMARY:Atelier soudure\, « chaudronnerie » \; et ""tôlerie""", text);
        Assert.All(text.Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
    }

    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task AnEventsOwnFileHoldsItsSessionsForTheAddToCalendarLink(DatabaseProvider provider)
    {
        var app = await C.GetAsync(provider);
        var id = await app.WithDbAsync(db => db.Events.Where(e => e.Title == C.FactoryVisit).Select(e => e.Id).SingleAsync());

        var response = await app.CreateClient().GetAsync($"/api/v1/events/{id}.ics");
        var calendar = ReadCalendar(await response.Content.ReadAsStringAsync());

        Assert.Equal($"evenement-{id}.ics", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Equal(C.FactoryVisit, calendar.Properties.Get<string>("X-WR-CALNAME"));
        Assert.Equal(2, calendar.Events.Count);
        Assert.All(calendar.Events, e => Assert.Equal($"http://localhost:5080/evenements/{id}", e.Url!.ToString()));
    }

    [Fact]
    public void TextIsEscapedAsRfc5545Asks() =>
        Assert.Equal(@"a\, b\; c\\d\ne\nf", ICalendarWriter.Escape("a, b; c\\d\r\ne\nf\u0007"));

    [Fact]
    public void LongLinesAreFoldedAt75OctetsWithoutSplittingACharacter()
    {
        var line = "DESCRIPTION:" + string.Concat(Enumerable.Repeat("é’", 40));

        var folded = ICalendarWriter.Fold(line).Split("\r\n");

        Assert.True(folded.Length > 2);
        Assert.All(folded, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, 75));
        Assert.All(folded.Skip(1), l => Assert.StartsWith(" ", l));
        Assert.Equal(line, string.Concat(folded.Select((l, i) => i == 0 ? l : l[1..])));
    }
}
