namespace SiteOptimizer.Estimation;

/// <summary>One simulated load of one page: its figures and its waterfall.</summary>
/// <param name="Metrics">FCP, LCP, load, requests and bytes.</param>
/// <param name="Requests">Every request, in the order it was sent.</param>
/// <param name="LcpElement">What the Largest Contentful Paint is: an image URL, or a short description of a text block.</param>
public sealed record PageLoad(LoadMetrics Metrics, IReadOnlyList<RequestTiming> Requests, string LcpElement);
