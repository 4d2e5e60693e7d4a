using System.Net.Http.Headers;
using SemaineIndustrie.Web.Infrastructure.Database;
using C = SemaineIndustrie.Tests.Api.ApiCatalogue;

namespace SemaineIndustrie.Tests.Catalogue;

/// <summary>Stylesheets, scripts and the department outlines go out as the build compressed them (ADR 0013).</summary>
public class StaticAssetsTests
{
    [Theory]
    [InlineData("/lib/dsfr/dsfr.min.css", "text/css")]
    [InlineData("/js/map.js", "text/javascript")]
    [InlineData("/geo/departements.geojson", "application/geo+json")]
    public async Task ABrowserGetsTheBrotliCopyOfTheBuild(string path, string contentType)
    {
        var client = (await C.GetAsync(DatabaseProvider.Sqlite)).CreateClient();
        var plain = await client.GetByteArrayAsync(path);
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using var brotli = new System.IO.Compression.BrotliStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        var unpacked = new MemoryStream();
        await brotli.CopyToAsync(unpacked);

        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal(plain, unpacked.ToArray());
        Assert.True(compressed.Length < plain.Length / 2, $"{path}: {compressed.Length} bytes compressed for {plain.Length}");
    }
}
