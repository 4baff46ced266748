using SiteOptimizer.Estimation;
using SiteOptimizer.Measurement;

namespace SiteOptimizer.Tests.Browser.Comparison;

/// <summary>The screens pages are compared on: the estimate's phone and desktop profiles' viewports.</summary>
internal static class PageViewports
{
    public static IReadOnlyDictionary<string, DeviceEmulation> All { get; } = new Dictionary<string, DeviceEmulation>
    {
        ["phone"] = DeviceEmulation.Of(NetworkProfiles.MobileSlow4G),
        ["desktop"] = DeviceEmulation.Of(NetworkProfiles.Desktop),
    };
}
