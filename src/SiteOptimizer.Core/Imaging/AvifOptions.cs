namespace SiteOptimizer.Imaging;

/// <summary>AVIF encoding, matching sharp's settings.</summary>
public sealed record AvifOptions
{
    /// <summary>Also produce an AVIF variant of every still JPEG, PNG, WebP and GIF.</summary>
    public bool Variants { get; init; } = true;

    /// <summary>Quality, 1–100.</summary>
    public int Quality { get; init; } = 50;

    /// <summary>Encoder effort, 0–9.</summary>
    public int Effort { get; init; } = 4;

    internal string ToVipsOptions() => $"compression=av1,Q={Quality},effort={Effort},bitdepth=8,keep=icc";
}
