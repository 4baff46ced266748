using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace SiteOptimizer.Imaging;

/// <summary>How images are recompressed (the <c>images</c> section of optimizer.json).</summary>
public sealed record ImageOptions
{
    /// <summary>Whether images are optimized at all.</summary>
    [Description("Whether images are optimized at all.")]
    public bool Enabled { get; init; } = true;

    /// <summary>Images wider than this are scaled down (never up); null keeps every width.</summary>
    [Description("Images wider than this are scaled down (never up); null keeps every width.")]
    [Range(1, int.MaxValue)]
    public int? MaxWidth { get; init; }

    /// <summary>Images encoded at once; 0 means one per CPU core.</summary>
    [Description("Images encoded at once; 0 means one per CPU core.")]
    [Range(0, int.MaxValue)]
    public int Concurrency { get; init; }

    /// <summary>JPEG settings.</summary>
    [Description("JPEG settings.")]
    public JpegOptions Jpeg { get; init; } = new();

    /// <summary>PNG settings.</summary>
    [Description("PNG settings.")]
    public PngOptions Png { get; init; } = new();

    /// <summary>WebP settings, for WebP sources and WebP variants.</summary>
    [Description("WebP settings, for WebP sources and WebP variants.")]
    public WebPOptions WebP { get; init; } = new();

    /// <summary>AVIF settings, for AVIF sources and AVIF variants.</summary>
    [Description("AVIF settings, for AVIF sources and AVIF variants.")]
    public AvifOptions Avif { get; init; } = new();

    /// <summary>GIF settings.</summary>
    [Description("GIF settings.")]
    public GifOptions Gif { get; init; } = new();

    internal int EffectiveConcurrency => Concurrency > 0 ? Concurrency : Environment.ProcessorCount;
}
