namespace SemaineIndustrie.Web.Pages.Shared;

/// <summary>Marks a request whose page shows a map, so that the layout loads Leaflet for it and for no other page.</summary>
public static class MapAssets
{
    public const string Key = "si-map";

    public static bool Wanted(HttpContext context) => context.Items.ContainsKey(Key);
}

/// <summary>What a map shows: the GeoJSON of a search, and the circle searched around when there is one.</summary>
/// <param name="Total">How many events the search found, online ones included: the map says how many it could place.</param>
public sealed record MapView(string DataUrl, int Total, PlaceSearch? Circle = null)
{
    public static MapView Of(Listing listing) =>
        new(listing.MapDataUrl, listing.Result.Total, listing.Result.Search?.Place is { IsRadius: true } place ? place : null);
}
