using SiteOptimizer.Discovery;

namespace SiteOptimizer.Graph;

/// <summary>One URL of the site graph and what fetching it gave.</summary>
/// <param name="Url">The absolute URL, without fragment.</param>
/// <param name="Type">What the resource is, from how it was referenced.</param>
/// <param name="State">Fetched, failed or skipped.</param>
/// <param name="Status">The HTTP status; 0 when no response arrived or it was not fetched.</param>
/// <param name="ContentType">The media type served.</param>
/// <param name="Bytes">The body size in bytes (as decoded, before any transfer compression).</param>
/// <param name="IsPage">A page reached by following links (or an entry page).</param>
/// <param name="PageDepth">Link hops from the nearest entry page, for pages.</param>
/// <param name="IsCrossOrigin">On another origin than the site.</param>
/// <param name="StartedMs">When its download started, in ms from the start of the crawl.</param>
/// <param name="DurationMs">How long it took, retries included.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="Note">Why it failed or was skipped; where a redirect led.</param>
public sealed record SiteResource(
    string Url,
    ResourceType Type,
    ResourceState State,
    int Status,
    string? ContentType,
    long Bytes,
    bool IsPage,
    int? PageDepth,
    bool IsCrossOrigin,
    double StartedMs,
    double DurationMs,
    int Attempts,
    string? Note);
