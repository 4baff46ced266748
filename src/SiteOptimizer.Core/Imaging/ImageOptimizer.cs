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
/// Thread-safe; each encode uses one libvips thread, and an image's encodes are shared with
/// <paramref name="helpers"/> when they are idle (see <see cref="EncodeJobs"/>).
/// Once <paramref name="cancellationToken"/> is cancelled no further encode starts: its result
/// would be thrown away.
/// </summary>
internal sealed class ImageOptimizer(ImageOptions options, TaskScheduler? helpers = null, CancellationToken cancellationToken = default)
{
    private readonly ImageEncoder _encoder = new(options);
    private readonly EncodeJobs _jobs = new(helpers, cancellationToken);

    // Below this, a re-encode is not worth another generation of lossy compression.
    private const long MinSavedBytes = 256;

    // A damaged image is kept as it is rather than re-encoded with its damage.
    private const string FailOnWarning = "fail_on=warning";

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
        var widths = wanted.Widths.Where(w => w < working.Width && !animated).Distinct().Order().ToList();
        var resized = widths.Select(width => Resize(working, width)).ToList();
        try
        {
            var scales = resized.Prepend(working).ToList();
            var otherFormats = wanted.OtherFormats ? OtherFormats(format, animated) : [];
            // Every encode of every size is independent: the largest AVIF (by far the slowest) first.
            var encodes = scales.SelectMany(scale => otherFormats.Prepend(format).Select(target => (Size: scale, Format: target)))
                .OrderByDescending(encode => encode.Format == ImageFormat.Avif)
                .ThenByDescending(encode => (long)encode.Size.Width * encode.Size.Height)
                .ToList();
            var waited = Stopwatch.GetTimestamp();
            var encoded = _jobs.Run([.. encodes.Select(encode => (Func<EncodedImage>)(() => encode.Format == format
                ? EncodeOwnFormat(encode.Size, format, animated)
                : Encoded(encode.Size, encode.Format)))], out var encodeTime);
            var own = Stopwatch.GetElapsedTime(started) - Stopwatch.GetElapsedTime(waited);
            EncodedImage Result(Image scale, ImageFormat target) => encoded[encodes.IndexOf((scale, target))];

            var replacement = WorthReplacing(Result(working, format), original);
            var variants = new List<EncodedImage>();
            AddIfSmaller(variants, otherFormats.Select(target => Result(working, target)), replacement?.Bytes.LongLength ?? original.LongLength);
            foreach (var narrower in resized)
            {
                var ownAtWidth = Result(narrower, format);
                variants.Add(ownAtWidth);
                AddIfSmaller(variants, otherFormats.Select(target => Result(narrower, target)), ownAtWidth.Bytes.LongLength);
            }
            return new ImageResult(name, format, original.LongLength, replacement, variants, frames, own + encodeTime, null);
        }
        finally
        {
            foreach (var narrower in resized)
            {
                narrower.Dispose();
            }
        }
    }

    /// <summary>The formats of the variants: WebP and AVIF as configured, never the source's own, no AVIF animation.</summary>
    private List<ImageFormat> OtherFormats(ImageFormat format, bool animated)
    {
        var formats = new List<ImageFormat>();
        if (options.WebP.Variants && format != ImageFormat.WebP)
        {
            formats.Add(ImageFormat.WebP);
        }
        if (options.Avif.Variants && format != ImageFormat.Avif && !animated)
        {
            formats.Add(ImageFormat.Avif);
        }
        return formats;
    }

    /// <summary>
    /// A narrower copy, in memory, resized from the full-size decode the other encodes need
    /// anyway. Not decoded again at reduced scale (shrink-on-load, as sharp does for each of its
    /// independent pipelines): libjpeg still reads every coefficient then, and libvips shrinks on
    /// load only by a factor it can spare (not at all from 1600 to 640 pixels), so on 2026-12-07
    /// the second decode took 20 ms against 4 ms for this resize (1600 px photo to 640) and 200 ms
    /// against 145 ms (5120 px to 640).
    /// </summary>
    private static Image Resize(Image working, int width)
    {
        using var smaller = working.ThumbnailImage(width, height: 10_000_000, size: Enums.Size.Down);
        return smaller.CopyMemory();
    }

    /// <summary>Decodes fully (in memory, since it is encoded several times), EXIF-rotated and within the maximum width.</summary>
    private Image Decode(byte[] original, ImageFormat format, bool animated)
    {
        var loaderOptions = animated ? "n=-1," + FailOnWarning : FailOnWarning;
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

    private EncodedImage? WorthReplacing(EncodedImage candidate, byte[] original)
    {
        var saved = original.LongLength - candidate.Bytes.LongLength;
        // A JPEG quantized as ours would be (our own output, say) only loses a generation; each
        // generation smooths a little and can save more than the threshold, run after run.
        var sameQuantization = candidate.Format == ImageFormat.Jpeg && JpegQuantization.Same(original, candidate.Bytes);
        return !sameQuantization && saved >= MinSavedBytes && saved >= original.LongLength * options.MinSavings ? candidate : null;
    }

    private static void AddIfSmaller(List<EncodedImage> variants, IEnumerable<EncodedImage> candidates, long than) =>
        variants.AddRange(candidates.Where(candidate => candidate.Bytes.LongLength < than));

    // NetVips puts libvips' error text on the lines after its own.
    private static string OneLine(string message) => string.Join(": ", message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static ImageResult Kept(string name, byte[] original, ImageFormat? format, string? problem, long started) =>
        new(name, format, original.LongLength, null, [], 1, Stopwatch.GetElapsedTime(started), problem);
}
