namespace SemaineIndustrie.Data.Territories;

public class Department
{
    /// <summary>INSEE code ("46" for the Lot, "2A", "971").</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string RegionCode { get; set; }
    public Region? Region { get; set; }
    /// <summary>IANA time zone in which the department's sessions are shown.</summary>
    public required string TimeZoneId { get; set; }
    /// <summary>Inhabitants (rounded), used to weigh territories.</summary>
    public int Population { get; set; }

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
}
