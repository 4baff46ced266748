namespace SiteOptimizer.Estimation;

/// <summary>The network and device a page load is simulated (or measured) on.</summary>
/// <param name="Name">The profile's name, as given in reports and on the command line.</param>
/// <param name="RttMs">Round-trip time in milliseconds.</param>
/// <param name="DownloadKbps">Download bandwidth in kilobits per second.</param>
/// <param name="UploadKbps">Upload bandwidth in kilobits per second.</param>
/// <param name="CpuSlowdown">How many times slower than the machine running the tool the device's CPU is.</param>
public sealed record NetworkProfile(string Name, double RttMs, double DownloadKbps, double UploadKbps, double CpuSlowdown)
{
    /// <summary>The layout viewport's width in CSS pixels: decides which <c>srcset</c> width is fetched.</summary>
    public int ViewportWidth { get; init; } = 412;

    /// <summary>The viewport's height in CSS pixels.</summary>
    public int ViewportHeight { get; init; } = 823;

    /// <summary>Device pixels per CSS pixel.</summary>
    public double DeviceScaleFactor { get; init; } = 1.75;

    /// <summary>Whether the host speaks HTTP/2 (one connection per origin, requests multiplexed) rather than HTTP/1.1 (up to six connections per origin).</summary>
    public bool Http2 { get; init; }

    /// <summary>Download bandwidth in bytes per millisecond.</summary>
    internal double BytesPerMs => DownloadKbps * 1000 / 8 / 1000;
}
