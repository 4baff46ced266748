namespace SiteOptimizer.Estimation;

/// <summary>The network and device a page load is simulated (or measured) on.</summary>
/// <param name="Name">The profile's name, as given in reports and on the command line.</param>
/// <param name="RttMs">Round-trip time in milliseconds.</param>
/// <param name="DownloadKbps">Download bandwidth in kilobits per second.</param>
/// <param name="UploadKbps">Upload bandwidth in kilobits per second.</param>
/// <param name="CpuSlowdown">How many times slower than the machine running the tool the device's CPU is.</param>
public sealed record NetworkProfile(string Name, double RttMs, double DownloadKbps, double UploadKbps, double CpuSlowdown);
