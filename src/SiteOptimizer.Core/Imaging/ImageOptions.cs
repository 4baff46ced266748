namespace SiteOptimizer.Imaging;

/// <summary>How images are recompressed (the <c>images</c> section of optimizer.json).</summary>
public sealed record ImageOptions
{
    /// <summary>Whether images are optimized at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Images wider than this are scaled down (never up); null keeps every width.</summary>
    public int? MaxWidth { get; init; }

    /// <summary>Images encoded at once; 0 means one per CPU core.</summary>
    public int Concurrency { get; init; }

    /// <summary>JPEG settings.</summary>
    public JpegOptions Jpeg { get; init; } = new();

    /// <summary>PNG settings.</summary>
    public PngOptions Png { get; init; } = new();

    /// <summary>WebP settings, for WebP sources and WebP variants.</summary>
    public WebPOptions WebP { get; init; } = new();

    /// <summary>AVIF settings, for AVIF sources and AVIF variants.</summary>
    public AvifOptions Avif { get; init; } = new();

    /// <summary>GIF settings.</summary>
    public GifOptions Gif { get; init; } = new();

    internal int EffectiveConcurrency => Concurrency > 0 ? Concurrency : Environment.ProcessorCount;
}
