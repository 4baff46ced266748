using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace SiteOptimizer.Imaging;

/// <summary>JPEG encoding, matching sharp's settings.</summary>
public sealed record JpegOptions
{
    /// <summary>Quality, 1–100.</summary>
    [Description("Quality, 1–100.")]
    [Range(1, 100)]
    public int Quality { get; set; } = 80;

    /// <summary>mozjpeg mode: trellis quantisation, overshoot deringing, optimised progressive scans, quant table 3.</summary>
    [Description("mozjpeg mode: trellis quantisation, overshoot deringing, optimised progressive scans, quant table 3.")]
    public bool MozJpeg { get; set; } = true;

    internal string ToVipsOptions() => MozJpeg
        ? $"Q={Quality},optimize_coding=true,trellis_quant=true,overshoot_deringing=true,optimize_scans=true,interlace=true,quant_table=3,keep=icc"
        : $"Q={Quality},optimize_coding=true,keep=icc";
}
