using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Browser.Comparison;

/// <summary>A site and its optimized copy, each served on loopback.</summary>
internal sealed record ServedSite(PageSite Site, LoopbackServer Original, LoopbackServer Optimized);
