using System.Text;
using SkiaSharp;

namespace SemaineIndustrie.Tests.Organiser;

/// <summary>Uploads as cameras and mischief make them: EXIF with a place and an orientation, a comment, bytes after the image.</summary>
public static class TestPictures
{
    /// <summary>A one-pixel GIF: a real image, in a format the platform does not take.</summary>
    public static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    public const string Secret = "GPS 44.4475 N 1.4419 E, appareil de Mme Martin";

    /// <summary>A JPEG whose top half is red and bottom half blue.</summary>
    public static byte[] Jpeg(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.Blue);
        using (var red = new SKPaint { Color = SKColors.Red }) surface.Canvas.DrawRect(0, 0, width, height / 2f, red);
        using var image = surface.Snapshot();
        return image.Encode(format, 90).ToArray();
    }

    /// <summary>
    /// A camera's JPEG: an EXIF block (a description holding <see cref="Secret"/>, orientation 6: « turn a quarter clockwise »),
    /// a comment with PHP in it, and an HTML script after the end of the image (a polyglot).
    /// </summary>
    public static byte[] CameraJpeg(int width, int height)
    {
        var plain = Jpeg(width, height);
        var description = Encoding.ASCII.GetBytes(Secret + "\0");
        var tiff = new List<byte>();
        tiff.AddRange("II"u8.ToArray()); tiff.AddRange(U16(42)); tiff.AddRange(U32(8));
        tiff.AddRange(U16(2)); // two entries, sorted by tag
        tiff.AddRange(U16(0x010E)); tiff.AddRange(U16(2)); tiff.AddRange(U32((uint)description.Length)); tiff.AddRange(U32(8 + 2 + 2 * 12 + 4));
        tiff.AddRange(U16(0x0112)); tiff.AddRange(U16(3)); tiff.AddRange(U32(1)); tiff.AddRange(U16(6)); tiff.AddRange(U16(0));
        tiff.AddRange(U32(0));
        tiff.AddRange(description);
        var exif = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var comment = Encoding.ASCII.GetBytes("<?php system($_GET['c']); ?>");
        var bytes = new List<byte> { 0xFF, 0xD8 };
        bytes.AddRange(Segment(0xE1, exif));
        bytes.AddRange(Segment(0xFE, comment));
        bytes.AddRange(plain.Skip(2));
        bytes.AddRange(Encoding.ASCII.GetBytes("<script>alert(document.cookie)</script>"));
        return bytes.ToArray();
    }

    public static bool Contains(byte[] haystack, string text) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;

    private static IEnumerable<byte> Segment(byte marker, byte[] payload) =>
        new byte[] { 0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)((payload.Length + 2) & 0xFF) }.Concat(payload);

    private static byte[] U16(ushort v) => BitConverter.GetBytes(v);
    private static byte[] U32(uint v) => BitConverter.GetBytes(v);
}
