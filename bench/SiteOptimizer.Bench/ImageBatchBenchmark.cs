using System.Diagnostics;
using SiteOptimizer.Imaging;
using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Bench;

/// <summary>
/// Runs the product's <see cref="ImageBatch"/> with the default settings (JPEG mozjpeg Q80,
/// WebP Q80, AVIF Q50): per JPEG one decode and three encodes.
/// </summary>
internal sealed class ImageBatchBenchmark(IReadOnlyList<ImageFile> images, int dop)
{
    // The same work as sharp's side: the own-format re-encode plus WebP and AVIF, at full size.
    private static readonly ImageVariants s_threeFormats = new(OtherFormats: true, Widths: []);

    // Pinned to sharp's defaults (AVIF effort 4), which bench/sharp/batch.mjs uses too, whatever siteopt's own defaults are.
    private readonly ImageOptions _options = new() { Concurrency = dop, Avif = new AvifOptions { Effort = 4 } };

    /// <summary>
    /// Starts libvips, loads its codecs, and compiles our code and the batch's before anything
    /// is timed, on a 64-pixel copy of the smallest image, so it costs milliseconds, not seconds.
    /// </summary>
    public void WarmUp()
    {
        var smallest = images.MinBy(image => image.Bytes.Length)!;
        byte[] tiny;
        using (var thumbnail = VipsOperations.Thumbnail(smallest.Bytes, 64))
        {
            tiny = new ImageEncoder(_options).Encode(thumbnail, ImageFormat.Jpeg);
        }
        new ImageBatch(_options, TimeProvider.System).Run([new ImageInput("warm-up.jpg", () => tiny) { Wanted = s_threeFormats }], new OutputTally().Add, CancellationToken.None);
    }

    public BatchMeasurement Measure()
    {
        var tally = new OutputTally();
        var batch = new ImageBatch(_options, TimeProvider.System);
        var machineBefore = MachineCpu.BusyMilliseconds();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        // Largest first, as siteopt's folder pipeline orders a site's images (longest-processing-
        // time-first): part of our scheduling. sharp gets them in path order, as a script would.
        var ordered = images.OrderByDescending(image => image.Bytes.Length);
        var timings = batch.Run(ordered.Select(image => new ImageInput(image.Name, () => image.Bytes) { Wanted = s_threeFormats }), tally.Add, CancellationToken.None);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var machine = MachineCpu.BusyMilliseconds() - machineBefore;
        return new BatchMeasurement(
            "siteopt",
            VipsRuntime.Version,
            timings.DegreeOfParallelism,
            timings.Images,
            timings.Wall.TotalMilliseconds,
            timings.Images / timings.Wall.TotalSeconds,
            timings.SerialEquivalent.TotalMilliseconds,
            cpu.TotalMilliseconds,
            machine is { } busy ? Math.Max(0, busy - cpu.TotalMilliseconds) : null,
            tally.Outputs,
            tally.JpegBytes,
            tally.WebPBytes,
            tally.AvifBytes);
    }
}
