using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace SiteOptimizer.Imaging;

/// <summary>WebP encoding, matching sharp's settings.</summary>
public sealed record WebPOptions
{
    /// <summary>Also produce a WebP variant of every JPEG, PNG and GIF.</summary>
    [Description("Also produce a WebP variant of every JPEG, PNG and GIF.")]
    public bool Variants { get; set; } = true;

    /// <summary>Quality, 1–100.</summary>
    [Description("Quality, 1–100.")]
    [Range(1, 100)]
    public int Quality { get; set; } = 80;

    /// <summary>Encoder effort, 0–6.</summary>
    [Description("Encoder effort, 0–6.")]
    [Range(0, 6)]
    public int Effort { get; set; } = 4;

    internal string ToVipsOptions() => $"Q={Quality},effort={Effort},alpha_q=100,keep=icc";
}
