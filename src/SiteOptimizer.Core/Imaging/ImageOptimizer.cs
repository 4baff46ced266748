using System.Diagnostics;
using System.Globalization;
using NetVips;
using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Imaging;

/// <summary>
/// Optimizes one image: re-encodes it in its own format, and when asked makes WebP/AVIF
/// variants and smaller widths for <c>srcset</c>, keeping each only when it is smaller than
/// what would otherwise be served. A re-encode that saves too little to be worth a generation
/// of lossy compression is dropped, so running twice changes nothing the second time.
/// Thread-safe; each call uses one libvips thread.
/// </summary>
internal sealed class ImageOptimizer(ImageOptions options)
{
    private readonly ImageEncoder _encoder = new(options);

    // Below this, a re-encode is not worth another generation of lossy compression.
    private const long MinSavedBytes = 256;

    public ImageResult Optimize(string name, byte[] original) => Optimize(name, original, ImageVariants.None);

    public ImageResult Optimize(string name, byte[] original, ImageVariants wanted)
    {
        var started = Stopwatch.GetTimestamp();
        ImageFormat? format = null;
        try
        {
            var loader = VipsOperations.FindLoader(original);
            format = ImageFormatNames.FromLoader(loader);
            if (format is not { } source)
            {
                var problem = loader is null ? "not an image libvips can read" : null;
                return Kept(name, original, null, problem, started);
            }
            return Optimize(name, original, source, wanted, started);
        }
        catch (VipsException error)
        {
            return Kept(name, original, format, OneLine(error.Message), started);
        }
        finally
        {
            VipsRuntime.ReturnFreedMemory();
        }
    }

    private ImageResult Optimize(string name, byte[] original, ImageFormat format, ImageVariants wanted, long started)
    {
        int frames;
        string size;
        long pixels;
        using (var header = VipsOperations.Load(format.Loader(), original, "access=sequential"))
        {
            frames = header.Pages > 1 && format.CanAnimate() ? header.Pages : 1;
            pixels = (long)header.Width * header.PageHeight * frames;
            size = string.Create(CultureInfo.InvariantCulture, $"{header.Width}×{header.PageHeight}{(frames > 1 ? $"×{frames} frames" : "")}");
        }
        // Refused from the header alone: decoding would allocate every one of those pixels.
        if (pixels > options.MaxPixels)
        {
            var problem = string.Create(CultureInfo.InvariantCulture, $"{size} is {pixels} pixels, more than images.maxPixels ({options.MaxPixels}); not decoded");
            return Kept(name, original, format, problem, started) with { OverPixelLimit = true };
        }
        var animated = frames > 1 && format.CanAnimate();
        using var working = Decode(original, format, animated);

        var replacement = WorthReplacing(EncodeOwnFormat(working, format, animated), original.LongLength);
        var variants = new List<EncodedImage>();
        if (wanted.OtherFormats)
        {
            AddOtherFormats(variants, working, format, animated, replacement?.Bytes.LongLength ?? original.LongLength);
        }
        foreach (var width in wanted.Widths.Where(w => w < working.Width && !animated).Distinct().Order())
        {
            using var resized = working.ThumbnailImage(width, height: 10_000_000, size: Enums.Size.Down);
            using var inMemory = resized.CopyMemory();
            var own = EncodeOwnFormat(inMemory, format, animated);
            variants.Add(own);
            if (wanted.OtherFormats)
            {
                AddOtherFormats(variants, inMemory, format, animated, own.Bytes.LongLength);
            }
        }
        return new ImageResult(name, format, original.LongLength, replacement, variants, frames, Stopwatch.GetElapsedTime(started), null);
    }

    private void AddOtherFormats(List<EncodedImage> variants, Image image, ImageFormat format, bool animated, long served)
    {
        if (options.WebP.Variants && format != ImageFormat.WebP)
        {
            AddIfSmaller(variants, Encoded(image, ImageFormat.WebP), served);
        }
        if (options.Avif.Variants && format != ImageFormat.Avif && !animated)
        {
            AddIfSmaller(variants, Encoded(image, ImageFormat.Avif), served);
        }
    }

    /// <summary>Decodes fully (in memory, since it is encoded several times), EXIF-rotated and within the maximum width.</summary>
    private Image Decode(byte[] original, ImageFormat format, bool animated)
    {
        var loaderOptions = animated ? "n=-1,fail_on=warning" : "fail_on=warning";
        using var decoded = VipsOperations.Load(format.Loader(), original, loaderOptions);
        if (options.MaxWidth is { } maxWidth && decoded.Width > maxWidth)
        {
            using var thumbnail = VipsOperations.Thumbnail(original, maxWidth, loaderOptions);
            return thumbnail.CopyMemory();
        }
        if (decoded.Orientation != 1)
        {
            using var upright = decoded.Autorot();
            return upright.CopyMemory();
        }
        return decoded.CopyMemory();
    }

    private EncodedImage EncodeOwnFormat(Image working, ImageFormat format, bool animated)
    {
        if (format != ImageFormat.Png || !options.Png.Palette)
        {
            return Encoded(working, format);
        }
        // A palette is usually far smaller; use it when nobody could tell the difference.
        var palette = _encoder.Encode(working, ImageFormat.Png, palette: true);
        return PerceptualDifference.MeanDeltaE00(working, palette, animated) <= options.Png.MaxPaletteDeltaE
            ? new EncodedImage(ImageFormat.Png, palette, working.Width, working.PageHeight)
            : Encoded(working, ImageFormat.Png);
    }

    private EncodedImage Encoded(Image working, ImageFormat format) =>
        new(format, _encoder.Encode(working, format), working.Width, working.PageHeight);

    private EncodedImage? WorthReplacing(EncodedImage candidate, long original)
    {
        var saved = original - candidate.Bytes.LongLength;
        return saved >= MinSavedBytes && saved >= original * options.MinSavings ? candidate : null;
    }

    private static void AddIfSmaller(List<EncodedImage> variants, EncodedImage candidate, long than)
    {
        if (candidate.Bytes.LongLength < than)
        {
            variants.Add(candidate);
        }
    }

    // NetVips puts libvips' error text on the lines after its own.
    private static string OneLine(string message) => string.Join(": ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static ImageResult Kept(string name, byte[] original, ImageFormat? format, string? problem, long started) =>
        new(name, format, original.LongLength, null, [], 1, Stopwatch.GetElapsedTime(started), problem);
}
