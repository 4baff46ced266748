using SiteOptimizer.Discovery;
using SiteOptimizer.Sources;

namespace SiteOptimizer.Crawling;

/// <summary>A resource that arrived during the crawl, handed on (to the mirror, to the image optimizer) at once.</summary>
/// <param name="Type">What it was referenced as.</param>
/// <param name="Result">Its response.</param>
internal sealed record CrawledFile(ResourceType Type, FetchResult Result);
