using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace SiteOptimizer.Imaging;

/// <summary>How images are recompressed (the <c>images</c> section of optimizer.json).</summary>
public sealed record ImageOptions
{
    /// <summary>Whether images are optimized at all.</summary>
    [Description("Whether images are optimized at all.")]
    public bool Enabled { get; set; } = true;

    /// <summary>Images wider than this are scaled down (never up); null keeps every width.</summary>
    [Description("Images wider than this are scaled down (never up); null keeps every width.")]
    [Range(1, int.MaxValue)]
    public int? MaxWidth { get; set; }

    /// <summary>
    /// The most pixels (width × height × frames) an image may have to be decoded; larger ones are
    /// kept as they are. The default is sharp's (16383 × 16383).
    /// </summary>
    /// <remarks>A tiny file can declare a huge image (a decompression bomb) whose pixels would not fit in memory.</remarks>
    [Description("The most pixels (width × height × frames) an image may have to be decoded; larger ones are kept as they are. The default is sharp's (16383 × 16383).")]
    [Range(1.0, double.MaxValue)]
    public long MaxPixels { get; set; } = 268_402_689;

    /// <summary>Images encoded at once; 0 means one per CPU core.</summary>
    [Description("Images encoded at once; 0 means one per CPU core.")]
    [Range(0, int.MaxValue)]
    public int Concurrency { get; set; }

    /// <summary>
    /// The smallest saving, as a fraction of the original's size, for which a re-encode replaces
    /// the original: below it, another generation of lossy compression is not worth it.
    /// </summary>
    [Description("The smallest saving, as a fraction of the original's size, for which a re-encode replaces the original: below it, another generation of lossy compression is not worth it.")]
    [Range(0.0, 1.0)]
    public double MinSavings { get; set; } = 0.02;

    /// <summary>Widths, in pixels, of the smaller copies made for <c>srcset</c> (only those narrower than the image).</summary>
    [Description("Widths, in pixels, of the smaller copies made for srcset (only those narrower than the image).")]
    public IReadOnlyList<int> Widths { get; set; } = [640, 1280];

    /// <summary>JPEG settings.</summary>
    [Description("JPEG settings.")]
    public JpegOptions Jpeg { get; set; } = new();

    /// <summary>PNG settings.</summary>
    [Description("PNG settings.")]
    public PngOptions Png { get; set; } = new();

    /// <summary>WebP settings, for WebP sources and WebP variants.</summary>
    [Description("WebP settings, for WebP sources and WebP variants.")]
    public WebPOptions WebP { get; set; } = new();

    /// <summary>AVIF settings, for AVIF sources and AVIF variants.</summary>
    [Description("AVIF settings, for AVIF sources and AVIF variants.")]
    public AvifOptions Avif { get; set; } = new();

    /// <summary>GIF settings.</summary>
    [Description("GIF settings.")]
    public GifOptions Gif { get; set; } = new();

    internal int EffectiveConcurrency => Concurrency > 0 ? Concurrency : Environment.ProcessorCount;
}
