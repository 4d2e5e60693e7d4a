namespace SemaineIndustrie.Web.Infrastructure;

public sealed class SiteOptions
{
    public string Name { get; set; } = "Semaine de l'Industrie";
    /// <summary>The public address of the site, used in links that leave it (calendar files, embeds, feeds).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
    public MapOptions Map { get; set; } = new();
    /// <summary>The national address service, off while its address is empty.</summary>
    public Organiser.AddressServiceOptions AddressService { get; set; } = new();
}

/// <summary>The background of the event maps. Without tiles the map still draws the department outlines and the markers.</summary>
public sealed class MapOptions
{
    /// <summary>A Leaflet tile URL template; empty for no background. OpenStreetMap France by default.</summary>
    public string TileUrl { get; set; } = "https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png";
    public string Attribution { get; set; } = "© les contributeurs d’OpenStreetMap, tuiles OpenStreetMap France";
    public int MaxZoom { get; set; } = 18;
}
