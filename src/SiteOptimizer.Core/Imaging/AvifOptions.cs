using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace SiteOptimizer.Imaging;

/// <summary>AVIF encoding, matching sharp's settings.</summary>
public sealed record AvifOptions
{
    /// <summary>Also produce an AVIF variant of every still JPEG, PNG, WebP and GIF.</summary>
    [Description("Also produce an AVIF variant of every still JPEG, PNG, WebP and GIF.")]
    public bool Variants { get; set; } = true;

    /// <summary>Quality, 1–100.</summary>
    [Description("Quality, 1–100.")]
    [Range(1, 100)]
    public int Quality { get; set; } = 50;

    /// <summary>Encoder effort, 0–9.</summary>
    [Description("Encoder effort, 0–9.")]
    [Range(0, 9)]
    public int Effort { get; set; } = 4;

    internal string ToVipsOptions() => $"compression=av1,Q={Quality},effort={Effort},bitdepth=8,keep=icc";
}
