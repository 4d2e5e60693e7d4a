using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SemaineIndustrie.Data.Events;

/// <summary>
/// An event's picture, as the platform re-encoded it (only the pixels of the upload survive): kept in the database beside
/// the event so that both providers, backups and several instances share it without a file store (ADR 14).
/// </summary>
public class EventPicture
{
    public const int AltMaxLength = 250;

    public int EventId { get; set; }
    public required byte[] Content { get; set; }
    /// <summary>image/jpeg or image/png: what the platform wrote, whatever was uploaded.</summary>
    public required string ContentType { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
}

internal sealed class EventPictureConfiguration : IEntityTypeConfiguration<EventPicture>
{
    public void Configure(EntityTypeBuilder<EventPicture> e)
    {
        e.HasKey(x => x.EventId);
        e.Property(x => x.ContentType).HasMaxLength(20);
        e.HasOne<Event>().WithOne(x => x.Picture).HasForeignKey<EventPicture>(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
