using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;
using SkiaSharp;

namespace SemaineIndustrie.Tests.Organiser;

public class EventPictureTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    private const string Alt = "Deux apprenties devant une machine à commande numérique";

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, (string, string)[] fields, byte[]? picture,
        string fileName = "photo.jpg", string type = "image/jpeg", string handler = "Submit") =>
        client.SubmitWithFilesAsync(url, fields, picture is null ? [] : [("Input.Picture", fileName, type, picture)],
            "#formulaire-evenement", $"button[formaction*='handler={handler}']");

    private static async Task<int> LabelAsync(AccountsApp app, int id)
    {
        var reviewer = await app.ClientAsync(People.LotReviewer);
        await reviewer.SubmitAsync($"/comite/evenements/{id}", [("audiences", "true"), ("industry", "true")], "#labelliser");
        Assert.Equal(EventStatus.Labelled, await app.App.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));
        return id;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task APictureKeepsOnlyItsPixelsUprightAndIsPublicOnceLabelled(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var organiser = await app.ClientAsync(People.Organiser);
        var upload = TestPictures.CameraJpeg(1000, 500);
        var created = await PostAsync(organiser, "/organisateur/evenements",
            [.. EventFormTests.CompleteLotEvent("Atelier photographié"), ("Input.PictureAlt", Alt)], upload);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var version = await app.App.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.PictureVersion).SingleAsync());
        Assert.NotNull(version);

        // Before labelling: the organisation and the Lot's reviewers see it, nobody else.
        var url = $"/evenements/{id}/image?v={version}";
        var seen = await organiser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.True(seen.Headers.CacheControl is { Private: true, NoCache: true }, "a picture not yet public stays out of shared caches");
        var reviewer = await app.ClientAsync(People.LotReviewer);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync(url)).StatusCode);
        var review = await reviewer.GetDocumentAsync($"/comite/evenements/{id}");
        Assert.Equal(Alt, review.QuerySelector($"#image img[src='{url}']")!.GetAttribute("alt"));
        foreach (var person in new[] { People.Anonymous, People.OtherMember, People.GersReviewer })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync(person)).GetAsync(url)).StatusCode);

        var bytes = await seen.Content.ReadAsByteArrayAsync();
        Assert.Equal("image/jpeg", seen.Content.Headers.ContentType!.MediaType);
        Assert.NotEqual(upload, bytes);
        foreach (var leftover in new[] { "Exif", TestPictures.Secret, "<?php", "<script" })
            Assert.False(TestPictures.Contains(bytes, leftover), $"« {leftover} » survived the re-encoding");
        using (var codec = SKCodec.Create(new MemoryStream(bytes)))
        {
            Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
            Assert.Equal((500, 1000), (codec.Info.Width, codec.Info.Height)); // turned a quarter, as the camera said
            using var bitmap = SKBitmap.Decode(bytes);
            Assert.True(bitmap.GetPixel(450, 500).Red > 200 && bitmap.GetPixel(450, 500).Blue < 60, "the red top half is now on the right");
            Assert.True(bitmap.GetPixel(50, 500).Blue > 200 && bitmap.GetPixel(50, 500).Red < 60, "the blue bottom half is now on the left");
        }

        await LabelAsync(app, id);
        var anonymous = await app.ClientAsync(People.Anonymous);
        var served = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(bytes, await served.Content.ReadAsByteArrayAsync());
        Assert.True(served.Headers.CacheControl!.Public && served.Headers.CacheControl.MaxAge >= TimeSpan.FromDays(365));
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(served.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(again)).StatusCode);

        var page = await anonymous.GetDocumentAsync($"/evenements/{id}");
        Assert.Equal(Alt, page.QuerySelector($"img[src='{url}']")!.GetAttribute("alt"));
        var list = await anonymous.GetDocumentAsync("/departements/46");
        Assert.Equal(Alt, list.QuerySelector($".fr-card img[src='{url}']")!.GetAttribute("alt"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RefusedPicturesAreToldInFrenchAndNothingElseTypedIsLost(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var organiser = await app.ClientAsync(People.Organiser);
        var fields = EventFormTests.CompleteLotEvent("Journée sans image").Append(("Input.PictureAlt", Alt)).ToArray();
        var cases = new (byte[] Bytes, string Name, string Type, string Message)[]
        {
            (TestPictures.Gif, "anime.gif", "image/gif",
                "Le fichier « anime.gif » n’est pas une image JPEG, PNG ou WebP lisible : choisissez une photo ou une image dans l’un de ces formats."),
            ("<html><script>alert(1)</script></html>"u8.ToArray(), "photo.jpg", "image/jpeg",
                "Le fichier « photo.jpg » n’est pas une image JPEG, PNG ou WebP lisible : choisissez une photo ou une image dans l’un de ces formats."),
            (new byte[9 * 1024 * 1024], "enorme.jpg", "image/jpeg",
                "L’image pèse 9 Mo : elle ne doit pas dépasser 8 Mo. Réduisez-la ou choisissez-en une autre."),
            (TestPictures.Jpeg(300, 150, SKEncodedImageFormat.Png), "vignette.png", "image/png",
                "L’image est trop petite (300 × 150 pixels) : il faut au moins 400 pixels de large et 200 de haut."),
        };
        foreach (var (bytes, name, type, message) in cases)
        {
            var response = await PostAsync(organiser, "/organisateur/evenements", fields, bytes, name, type);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, await response.FieldErrorsAsync());
            var form = await response.ReadDocumentAsync();
            Assert.Equal("Journée sans image", form.QuerySelector("#Input_Title")!.GetAttribute("value"));
            Assert.Equal("Cahors (46000)", form.QuerySelector("#Input_Commune")!.GetAttribute("value"));
            Assert.Equal(Alt, form.QuerySelector("#Input_PictureAlt")!.GetAttribute("value"));
        }

        var withoutAlt = await PostAsync(organiser, "/organisateur/evenements",
            fields.Where(f => f.Item1 != "Input.PictureAlt").ToArray(), TestPictures.Jpeg(800, 400));
        var errors = await withoutAlt.FieldErrorsAsync();
        Assert.Contains(errors, e => e.StartsWith("Décrivez l’image en une phrase"));
        Assert.Contains(errors, e => e.StartsWith("L’image convient, mais elle n’a pas été enregistrée"));
        Assert.Equal(0, await app.App.WithDbAsync(db => db.Events.CountAsync(e => e.Title == "Journée sans image")));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RemovingThePictureIsASmallEditButANewOneGoesBackToTheCommittee(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var organiser = await app.ClientAsync(People.Organiser);
        var created = await PostAsync(organiser, "/organisateur/evenements",
            [.. EventFormTests.CompleteLotEvent("Fonderie en images"), ("Input.PictureAlt", Alt)], TestPictures.Jpeg(1200, 800));
        var id = await LabelAsync(app, int.Parse(created.Headers.Location!.OriginalString.Split('/').Last()));
        Task<(EventStatus, string?, int)> State() => app.App.WithDbAsync(async db =>
            (await db.Events.Where(e => e.Id == id).Select(e => e.Status).SingleAsync(),
             await db.Events.Where(e => e.Id == id).Select(e => e.PictureVersion).SingleAsync(),
             await db.EventPictures.CountAsync(p => p.EventId == id)));
        var url = $"/organisateur/evenements/{id}";

        var removed = await PostAsync(organiser, url, [("Input.RemovePicture", "true")], null, handler: "Save");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal((EventStatus.Labelled, (string?)null, 0), await State());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync(People.Anonymous)).GetAsync($"/evenements/{id}/image")).StatusCode);

        var added = await PostAsync(organiser, url, [("Input.PictureAlt", "La coulée du bronze")], TestPictures.Jpeg(1200, 800, SKEncodedImageFormat.Webp),
            "coulee.webp", "image/webp", handler: "Save");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (status, version, count) = await State();
        Assert.Equal((EventStatus.Submitted, 1), (status, count));
        Assert.NotNull(version);
        using var codec = SKCodec.Create(new MemoryStream(await (await organiser.GetAsync($"/evenements/{id}/image")).Content.ReadAsByteArrayAsync()));
        Assert.Equal((SKEncodedImageFormat.Jpeg, 1200, 800), (codec.EncodedFormat, codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public void ALargePictureIsShrunkAndATransparentOneStaysTransparent()
    {
        Assert.True(Web.Organiser.PictureEncoder.TryEncode(TestPictures.Jpeg(4000, 3000), "grande.jpg", out var large, out _));
        Assert.Equal((1600, 1200, "image/jpeg"), (large!.Width, large.Height, large.ContentType));

        using var surface = SKSurface.Create(new SKImageInfo(600, 300, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.Transparent);
        using (var paint = new SKPaint { Color = SKColors.Green }) surface.Canvas.DrawCircle(300, 150, 100, paint);
        using var logo = surface.Snapshot();
        Assert.True(Web.Organiser.PictureEncoder.TryEncode(logo.Encode(SKEncodedImageFormat.Png, 100).ToArray(), "logo.png", out var png, out _));
        Assert.Equal("image/png", png!.ContentType);
        using var decoded = SKBitmap.Decode(png.Content);
        Assert.Equal(0, decoded.GetPixel(5, 5).Alpha);
    }
}
