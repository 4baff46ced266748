using SiteOptimizer.Estimation;

namespace SiteOptimizer.Measurement;

/// <summary>How every page load of a measurement is made.</summary>
/// <param name="Profile">The network round trip, bandwidth and CPU slowdown.</param>
/// <param name="Device">The screen.</param>
/// <param name="Shaping">Where the network is emulated.</param>
internal sealed record LoadConditions(NetworkProfile Profile, DeviceEmulation Device, NetworkShaping Shaping);
