using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace SiteOptimizer.Imaging;

/// <summary>GIF encoding, matching sharp's settings.</summary>
public sealed record GifOptions
{
    /// <summary>Quantisation effort, 1–10.</summary>
    [Description("Quantisation effort, 1–10.")]
    [Range(1, 10)]
    public int Effort { get; set; } = 7;

    internal string ToVipsOptions() => $"effort={Effort},reuse=true,dither=1.0,keep=icc";
}
