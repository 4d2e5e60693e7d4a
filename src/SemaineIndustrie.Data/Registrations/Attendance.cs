using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.ReferenceLists;

namespace SemaineIndustrie.Data.Registrations;

/// <summary>How many people of an audience came to an event, as its organiser reports after it: the week's figures.</summary>
public class Attendance
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public required string AudienceCode { get; set; }
    public Audience? Audience { get; set; }
    public int People { get; set; }
    public DateTime ReportedAtUtc { get; set; }
    public string? ReportedByUserId { get; set; }
}
