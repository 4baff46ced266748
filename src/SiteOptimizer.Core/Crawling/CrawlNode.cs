using SiteOptimizer.Discovery;
using SiteOptimizer.Graph;
using SiteOptimizer.Sources;

namespace SiteOptimizer.Crawling;

/// <summary>One URL during the crawl; becomes a <see cref="SiteResource"/> when the crawl ends.</summary>
internal sealed class CrawlNode(Uri url, ResourceType type, bool isPage, int pageDepth, bool isCrossOrigin)
{
    public Uri Url { get; } = url;

    public ResourceType Type { get; } = type;

    public bool IsPage { get; } = isPage;

    public int PageDepth { get; } = pageDepth;

    public bool IsCrossOrigin { get; } = isCrossOrigin;

    public FetchResult? Result { get; private set; }

    public string? SkipReason { get; private set; }

    public TimeSpan Started { get; private set; }

    public TimeSpan Duration { get; private set; }

    /// <summary>The body's size, kept after the body itself is let go.</summary>
    public long Bytes { get; private set; }

    public void Skip(string reason) => SkipReason = reason;

    /// <summary>
    /// Lets go of the body once its references are read and the caller has it: the graph needs
    /// only its size, and holding every body until the crawl ends would hold the whole site.
    /// </summary>
    public void ReleaseBody() => Result = Result is { } result ? result with { Body = [] } : null;

    public void Complete(FetchResult result, TimeSpan started, TimeSpan duration)
    {
        Result = result;
        Bytes = result.Length;
        Started = started;
        Duration = duration;
    }

    public SiteResource ToResource()
    {
        var state = SkipReason is not null ? ResourceState.Skipped : Result is { Succeeded: true } ? ResourceState.Fetched : ResourceState.Failed;
        var note = SkipReason ?? Result?.Error ?? (Result is { } r && r.FinalUrl != r.Url ? "redirected to " + r.FinalUrl : null);
        return new SiteResource(
            Url.AbsoluteUri, Type, state, Result?.Status ?? 0, Result?.ContentType, Bytes,
            IsPage, IsPage ? PageDepth : null, IsCrossOrigin,
            Math.Round(Started.TotalMilliseconds, 1), Math.Round(Duration.TotalMilliseconds, 1), Result?.Attempts ?? 0, note);
    }
}
