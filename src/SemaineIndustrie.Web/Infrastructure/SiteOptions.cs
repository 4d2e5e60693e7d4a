namespace SemaineIndustrie.Web.Infrastructure;

public sealed class SiteOptions
{
    public string Name { get; set; } = "Semaine de l'Industrie";
    /// <summary>The public address of the site, used in links that leave it (calendar files, embeds, feeds).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
