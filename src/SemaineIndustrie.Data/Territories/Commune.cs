namespace SemaineIndustrie.Data.Territories;

public class Commune
{
    /// <summary>INSEE code, five characters with leading zeros ("46042").</summary>
    public required string InseeCode { get; set; }
    public required string Name { get; set; }
    public required string DepartmentCode { get; set; }
    public Department? Department { get; set; }
    /// <summary>Postal codes separated by a space.</summary>
    public string PostalCodes { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    public string MainPostalCode => PostalCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
}
