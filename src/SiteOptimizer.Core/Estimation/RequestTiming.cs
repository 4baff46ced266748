using SiteOptimizer.Discovery;

namespace SiteOptimizer.Estimation;

/// <summary>One request of a simulated page load: one bar of a waterfall.</summary>
/// <param name="Url">The URL requested.</param>
/// <param name="Type">What the resource is.</param>
/// <param name="Priority">Chrome's priority for it: VeryHigh, High, Medium, Low or VeryLow.</param>
/// <param name="Bytes">Bytes transferred.</param>
/// <param name="DiscoveredMs">When the browser learned of it.</param>
/// <param name="StartMs">When the request was sent (after queueing and connection set-up).</param>
/// <param name="FirstByteMs">When the response started arriving.</param>
/// <param name="EndMs">When the last byte arrived.</param>
/// <param name="IsRenderBlocking">Whether it held back the first paint.</param>
/// <param name="IsLcp">Whether it is the Largest Contentful Paint resource.</param>
public sealed record RequestTiming(
    string Url,
    ResourceType Type,
    string Priority,
    long Bytes,
    double DiscoveredMs,
    double StartMs,
    double FirstByteMs,
    double EndMs,
    bool IsRenderBlocking,
    bool IsLcp);
