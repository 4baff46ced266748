namespace SiteOptimizer.Estimation;

/// <summary>The headline figures of one page load.</summary>
/// <param name="Requests">Requests made before load (lazy images out of view excluded).</param>
/// <param name="Bytes">Bytes transferred as served: compressed where the host compresses, headers included.</param>
/// <param name="FcpMs">First Contentful Paint, in ms from navigation start.</param>
/// <param name="LcpMs">Largest Contentful Paint, in ms from navigation start.</param>
/// <param name="LoadMs">The load event, in ms from navigation start.</param>
public sealed record LoadMetrics(int Requests, long Bytes, double FcpMs, double LcpMs, double LoadMs);
