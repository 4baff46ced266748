using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace SiteOptimizer.Estimation;

/// <summary>A network and device of your own, for <c>estimate.profiles</c>.</summary>
public sealed record CustomProfile
{
    /// <summary>The name to select it by (<c>estimate.profile</c>, <c>--profile</c>).</summary>
    [Description("The name to select it by (estimate.profile, --profile).")]
    [Required]
    public string Name { get; set; } = "";

    /// <summary>Round-trip time in milliseconds.</summary>
    [Description("Round-trip time in milliseconds.")]
    [Range(0d, 60_000d)]
    public double RttMs { get; set; } = 150;

    /// <summary>Download bandwidth in kilobits per second.</summary>
    [Description("Download bandwidth in kilobits per second.")]
    [Range(1d, 100_000_000d)]
    public double DownloadKbps { get; set; } = 1638.4;

    /// <summary>Upload bandwidth in kilobits per second.</summary>
    [Description("Upload bandwidth in kilobits per second.")]
    [Range(1d, 100_000_000d)]
    public double UploadKbps { get; set; } = 750;

    /// <summary>How many times slower than this machine the device's CPU is.</summary>
    [Description("How many times slower than this machine the device's CPU is.")]
    [Range(0.1d, 100d)]
    public double CpuSlowdown { get; set; } = 4;

    /// <summary>The viewport's width in CSS pixels (decides which srcset width is fetched).</summary>
    [Description("The viewport's width in CSS pixels (decides which srcset width is fetched).")]
    [Range(200, 10_000)]
    public int ViewportWidth { get; set; } = 412;

    /// <summary>The viewport's height in CSS pixels.</summary>
    [Description("The viewport's height in CSS pixels.")]
    [Range(200, 10_000)]
    public int ViewportHeight { get; set; } = 823;

    /// <summary>Device pixels per CSS pixel.</summary>
    [Description("Device pixels per CSS pixel.")]
    [Range(0.5d, 5d)]
    public double DeviceScaleFactor { get; set; } = 1.75;

    /// <summary>The host speaks HTTP/2 (one connection per origin) rather than HTTP/1.1 (six).</summary>
    [Description("The host speaks HTTP/2 (one connection per origin) rather than HTTP/1.1 (six).")]
    public bool Http2 { get; set; } = true;

    /// <summary>As the estimator's record.</summary>
    public NetworkProfile ToProfile() => new(Name, RttMs, DownloadKbps, UploadKbps, CpuSlowdown)
    {
        ViewportWidth = ViewportWidth,
        ViewportHeight = ViewportHeight,
        DeviceScaleFactor = DeviceScaleFactor,
        Http2 = Http2,
    };
}
