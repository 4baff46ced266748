namespace SiteOptimizer.Measurement;

/// <summary>Where the profile's network is emulated.</summary>
internal enum NetworkShaping
{
    /// <summary>
    /// By the loopback servers, per connection and per response: handshakes, a round trip per
    /// response, slow start and one shared bottleneck (closest to a real network).
    /// </summary>
    Server,

    /// <summary>
    /// By Chromium (<c>Network.emulateNetworkConditions</c>): a fixed latency per request and a
    /// shared throughput, with no handshakes or slow start (Lighthouse's "devtools" throttling).
    /// </summary>
    DevTools,
}
