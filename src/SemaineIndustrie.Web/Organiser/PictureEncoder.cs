using System.Security.Cryptography;
using SkiaSharp;

namespace SemaineIndustrie.Web.Organiser;

/// <summary>A picture as the platform keeps it: re-encoded pixels, nothing else of the upload.</summary>
public sealed record EncodedPicture(byte[] Content, string ContentType, int Width, int Height)
{
    /// <summary>A short hash of the bytes: the picture's ETag and the version in its address.</summary>
    public string Version => Convert.ToHexStringLower(SHA256.HashData(Content))[..32];
}

/// <summary>
/// Decodes an upload (JPEG, PNG or WebP, recognised by its content, never by its name), turns it upright, shrinks it and
/// encodes the pixels anew: metadata (EXIF, GPS), comments, trailing bytes and anything a polyglot hides are not carried
/// over, because nothing but the decoded pixels reaches the encoder.
/// </summary>
public static class PictureEncoder
{
    public const long MaxBytes = 8 * 1024 * 1024;
    public const int MinWidth = 400, MinHeight = 200, MaxSide = 1600;
    /// <summary>Beyond this many pixels decoding would take too much memory (a « decompression bomb »).</summary>
    private const long MaxPixels = 50_000_000;

    public static bool TryEncode(byte[] upload, string fileName, out EncodedPicture? picture, out string? problem)
    {
        picture = null;
        problem = null;
        if (upload.Length > MaxBytes)
        {
            problem = TooLarge(upload.Length);
            return false;
        }
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Webp))
        {
            problem = $"Le fichier « {Path.GetFileName(fileName)} » n’est pas une image JPEG, PNG ou WebP lisible : choisissez une photo ou une image dans l’un de ces formats.";
            return false;
        }
        var swapped = codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (width, height) = swapped ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > MaxPixels)
        {
            problem = $"L’image compte trop de pixels ({width} × {height}) : réduisez-la à moins de 50 millions de pixels.";
            return false;
        }
        if (width < MinWidth || height < MinHeight)
        {
            problem = $"L’image est trop petite ({width} × {height} pixels) : il faut au moins {MinWidth} pixels de large et {MinHeight} de haut.";
            return false;
        }
        var opaque = codec.Info.AlphaType == SKAlphaType.Opaque;
        using var bitmap = new SKBitmap(codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(opaque ? SKAlphaType.Opaque : SKAlphaType.Premul));
        var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            problem = $"L’image « {Path.GetFileName(fileName)} » est abîmée et ne peut pas être lue : enregistrez-la de nouveau ou choisissez-en une autre.";
            return false;
        }

        var scale = Math.Min(1f, (float)MaxSide / Math.Max(width, height));
        var (outWidth, outHeight) = (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
        using var surface = SKSurface.Create(new SKImageInfo(outWidth, outHeight, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(opaque ? SKColors.White : SKColors.Transparent);
        canvas.Scale(scale);
        canvas.Concat(Upright(codec.EncodedOrigin, codec.Info.Width, codec.Info.Height));
        using (var image = SKImage.FromBitmap(bitmap))
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var snapshot = surface.Snapshot();
        // Photographs as JPEG; images with transparency (logos, drawings) as PNG so that it survives.
        using var encoded = opaque ? snapshot.Encode(SKEncodedImageFormat.Jpeg, 85) : snapshot.Encode(SKEncodedImageFormat.Png, 100);
        picture = new EncodedPicture(encoded.ToArray(), opaque ? "image/jpeg" : "image/png", outWidth, outHeight);
        return true;
    }

    public static string TooLarge(long bytes) =>
        $"L’image pèse {(bytes / 1024d / 1024d).ToString("0.#", FrenchTime.Culture)} Mo : elle ne doit pas dépasser {MaxBytes / 1024 / 1024} Mo. Réduisez-la ou choisissez-en une autre.";

    /// <summary>The transform that draws pixels stored with that EXIF orientation the right way up (x' = a·x + b·y + c).</summary>
    private static SKMatrix Upright(SKEncodedOrigin origin, float w, float h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
