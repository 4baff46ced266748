using System.Text.Json.Serialization;

namespace SiteOptimizer.Bench;

/// <summary>What one image encodes to; <c>sizes</c> prints these and batch.mjs the same for sharp.</summary>
/// <param name="Tool"><c>siteopt</c>.</param>
/// <param name="Name">The file name.</param>
/// <param name="Width">Output width.</param>
/// <param name="Height">Output height.</param>
/// <param name="Jpeg">JPEG size in bytes.</param>
/// <param name="WebP">WebP size in bytes.</param>
/// <param name="Avif">AVIF size in bytes.</param>
internal sealed record ImageSizes(
    string Tool,
    string Name,
    int Width,
    int Height,
    long Jpeg,
    [property: JsonPropertyName("webp")] long WebP,
    long Avif);
