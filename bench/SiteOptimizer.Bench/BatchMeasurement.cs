using System.Text.Json.Serialization;

namespace SiteOptimizer.Bench;

/// <summary>One timed batch; the same fields batch.mjs prints for sharp.</summary>
/// <param name="Tool"><c>siteopt</c>.</param>
/// <param name="Libvips">The libvips version that did the work.</param>
/// <param name="Dop">Images encoded at once.</param>
/// <param name="Images">Images in the batch.</param>
/// <param name="WallMs">Elapsed time for the batch.</param>
/// <param name="ImagesPerSecond">Images ÷ wall time.</param>
/// <param name="SerialMs">The sum of each image's own time.</param>
/// <param name="CpuMs">Process CPU time (user + system) spent during the batch.</param>
/// <param name="OtherCpuMs">CPU time other processes used on the machine meanwhile (noise); null when unknown.</param>
/// <param name="Outputs">Encoded files produced (3 per image when every encoding is smaller than the original).</param>
/// <param name="JpegBytes">Total size of the JPEG outputs.</param>
/// <param name="WebPBytes">Total size of the WebP outputs.</param>
/// <param name="AvifBytes">Total size of the AVIF outputs.</param>
internal sealed record BatchMeasurement(
    string Tool,
    string Libvips,
    int Dop,
    int Images,
    double WallMs,
    double ImagesPerSecond,
    double SerialMs,
    double CpuMs,
    double? OtherCpuMs,
    int Outputs,
    long JpegBytes,
    [property: JsonPropertyName("webpBytes")] long WebPBytes,
    long AvifBytes);
