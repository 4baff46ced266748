using SiteOptimizer.Estimation;

namespace SiteOptimizer.Measurement;

/// <summary>How every page load of a measurement is made.</summary>
/// <param name="Profile">The network round trip, bandwidth, HTTP version, CPU slowdown and viewport.</param>
/// <param name="Shaping">Where the network is emulated.</param>
internal sealed record LoadConditions(NetworkProfile Profile, NetworkShaping Shaping)
{
    /// <summary>The screen: the profile's viewport.</summary>
    public DeviceEmulation Device => DeviceEmulation.Of(Profile);
}
