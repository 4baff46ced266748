using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace SiteOptimizer.Imaging;

/// <summary>PNG encoding, matching sharp's settings.</summary>
public sealed record PngOptions
{
    /// <summary>zlib compression level, 0–9.</summary>
    [Description("zlib compression level, 0–9.")]
    [Range(0, 9)]
    public int Compression { get; set; } = 6;

    /// <summary>Try an 8-bit palette (libimagequant), kept only when it loses nothing visible.</summary>
    [Description("Try an 8-bit palette (libimagequant), kept only when it loses nothing visible.")]
    public bool Palette { get; set; } = true;

    /// <summary>Quantisation effort, 1–10.</summary>
    [Description("Quantisation effort, 1–10.")]
    [Range(1, 10)]
    public int Effort { get; set; } = 7;

    /// <summary>
    /// The largest mean colour difference (CIEDE2000) a palette image may have from the
    /// original; 1.0 is about the smallest difference a person notices side by side.
    /// </summary>
    [Description("The largest mean colour difference (CIEDE2000) a palette image may have from the original; 1.0 is about the smallest difference a person notices side by side.")]
    [Range(0d, double.MaxValue)]
    public double MaxPaletteDeltaE { get; set; } = 1.0;

    internal string ToVipsOptions(bool palette) => palette
        ? string.Create(CultureInfo.InvariantCulture, $"compression={Compression},palette=true,Q=100,effort={Effort},dither=1.0,keep=icc")
        : $"compression={Compression},keep=icc";
}
