namespace SemaineIndustrie.Data.Territories;

public class Region
{
    /// <summary>INSEE code ("76" for Occitanie).</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<Department> Departments { get; set; } = [];
}
