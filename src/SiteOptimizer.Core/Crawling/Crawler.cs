using System.Collections.Concurrent;
using SiteOptimizer.Discovery;
using SiteOptimizer.Graph;
using SiteOptimizer.Progress;
using SiteOptimizer.Sources;

namespace SiteOptimizer.Crawling;

/// <summary>
/// Crawls a site breadth-first from its entry pages. Every URL becomes one task the moment it
/// is discovered; tasks wait only for a connection slot of their origin and a global slot —
/// the limits are on requests in flight, never on threads. Failures are recorded, never thrown:
/// the crawl always finishes.
/// </summary>
internal sealed class Crawler
{
    private readonly ISiteSource _source;
    private readonly CrawlOptions _options;
    private readonly TimeProvider _time;
    private readonly Func<CrawledFile, CancellationToken, ValueTask> _onFetched;
    private readonly CrawlScope _scope;
    private readonly ConcurrentDictionary<string, CrawlNode> _nodes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SiteEdge> _edges = new();
    private readonly ConcurrentDictionary<string, PrioritySlots> _originSlots = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsPolicy>>> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _globalSlots;
    private readonly StageCounter _progress;
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _started;
    private int _pending;
    private int _pages;

    public Crawler(ISiteSource source, CrawlOptions options, TimeProvider time, Func<CrawledFile, CancellationToken, ValueTask>? onFetched = null, StageCounter? progress = null)
    {
        _progress = progress ?? StageCounter.None(PipelineStage.Crawl);
        _source = source;
        _options = options;
        _time = time;
        _onFetched = onFetched ?? ((_, _) => ValueTask.CompletedTask);
        _scope = new CrawlScope(options);
        _globalSlots = new SemaphoreSlim(options.MaxConcurrentRequests);
    }

    public async Task<SiteGraph> CrawlAsync(CancellationToken cancellationToken)
    {
        _started = _time.GetTimestamp();
        using var registration = cancellationToken.Register(() => _finished.TrySetCanceled(cancellationToken));
        var entries = new List<Uri> { _source.Root };
        _ = Task.Run(ReferenceExtraction.WarmUp, CancellationToken.None);
        Interlocked.Increment(ref _pending);
        Schedule(_source.Root, ResourceType.Document, isPage: true, pageDepth: 0, cancellationToken);
        if (_options.UseSitemap)
        {
            // The sitemap is read while the root page is already on its way, not before.
            var sitemapPages = await new SitemapDiscovery(_source.Root, FetchWithinLimitsAsync, _scope, RobotsFor).EntryPagesAsync(cancellationToken).ConfigureAwait(false);
            foreach (var page in sitemapPages)
            {
                Schedule(page, ResourceType.Document, isPage: true, pageDepth: 0, cancellationToken);
            }
            entries.AddRange(sitemapPages);
        }
        Done();
        await _finished.Task.ConfigureAwait(false);
        _progress.Finish();
        return SiteGraphBuilder.Build(_source.Root, entries, _nodes.Values, _edges);
    }

    private void Schedule(Uri url, ResourceType type, bool isPage, int pageDepth, CancellationToken cancellationToken)
    {
        var crossOrigin = !UrlKey.SameOrigin(url, _source.Root);
        var node = new CrawlNode(url, type, isPage, pageDepth, crossOrigin);
        if (!_nodes.TryAdd(url.AbsoluteUri, node))
        {
            return;
        }
        if (_scope.SkipReason(node, ref _pages) is { } reason)
        {
            node.Skip(reason);
            return;
        }
        Interlocked.Increment(ref _pending);
        _progress.Expect(1);
        _ = Task.Run(() => ProcessAsync(node, cancellationToken), CancellationToken.None);
    }

    private async Task ProcessAsync(CrawlNode node, CancellationToken cancellationToken)
    {
        try
        {
            if (!node.IsCrossOrigin && !(await RobotsFor(node.Url, cancellationToken).ConfigureAwait(false)).Allows(node.Url))
            {
                node.Skip("disallowed by robots.txt");
                return;
            }
            var result = await FetchWithinLimitsAsync(node, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                await _onFetched(new CrawledFile(node.Type, result), cancellationToken).ConfigureAwait(false);
                Discover(node, result, cancellationToken);
                node.ReleaseBody();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _finished.TrySetCanceled(cancellationToken);
        }
        catch (Exception error)
        {
            // A bug in handling one resource must not lose the rest of the crawl.
            node.Complete(FetchResult.Failed(node.Url, node.Result?.Status ?? 0, "internal error: " + error.Message), TimeSpan.Zero, TimeSpan.Zero);
        }
        finally
        {
            _progress.Completed(node.Result?.Body.LongLength ?? 0);
            Done();
        }
    }

    private async Task<FetchResult> FetchWithinLimitsAsync(CrawlNode node, CancellationToken cancellationToken)
    {
        var started = _time.GetElapsedTime(_started);
        var result = await FetchWithinLimitsAsync(node.Url, cancellationToken, Priority(node.Type)).ConfigureAwait(false);
        node.Complete(result, started, _time.GetElapsedTime(_started) - started);
        return result;
    }

    // Every request of the crawl (robots.txt and sitemaps too) waits for a slot of its origin and a global one.
    private async Task<FetchResult> FetchWithinLimitsAsync(Uri url, CancellationToken cancellationToken) =>
        await FetchWithinLimitsAsync(url, cancellationToken, priority: 0).ConfigureAwait(false);

    private async Task<FetchResult> FetchWithinLimitsAsync(Uri url, CancellationToken cancellationToken, int priority)
    {
        var originSlots = _originSlots.GetOrAdd(UrlKey.Origin(url), _ => new PrioritySlots(_options.ConnectionsPerOrigin));
        await originSlots.WaitAsync(priority, cancellationToken).ConfigureAwait(false);
        try
        {
            await _globalSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await _source.FetchAsync(url, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _globalSlots.Release();
            }
        }
        finally
        {
            originSlots.Release();
        }
    }

    // What can lead to more URLs goes first; images and media, which lead nowhere, last.
    private static int Priority(ResourceType type) => type switch
    {
        ResourceType.Document or ResourceType.Stylesheet or ResourceType.Script or ResourceType.Module => 0,
        ResourceType.Image or ResourceType.Media => 2,
        _ => 1,
    };

    private void Discover(CrawlNode node, FetchResult result, CancellationToken cancellationToken)
    {
        var extracted = ReferenceExtraction.From(node, result);
        if (extracted is null)
        {
            return;
        }
        var baseUrl = extracted.BaseUrl is { } written && UrlKey.Resolve(result.FinalUrl, written) is { } resolvedBase ? resolvedBase : result.FinalUrl;
        foreach (var reference in extracted.References)
        {
            if (UrlKey.Resolve(baseUrl, reference.Url) is not { } target)
            {
                continue;
            }
            _edges.Enqueue(SiteGraphBuilder.Edge(node.Url, target, reference));
            if (reference.Discovery == DiscoveryKind.Navigation)
            {
                var isPage = reference.Type == ResourceType.Document && CrawlScope.LooksLikePage(target);
                Schedule(target, isPage ? ResourceType.Document : CrawlScope.TypeFromPath(target, reference.Type), isPage, node.PageDepth + 1, cancellationToken);
            }
            else
            {
                Schedule(target, reference.Type, isPage: false, node.PageDepth, cancellationToken);
            }
        }
    }

    private Task<RobotsPolicy> RobotsFor(Uri url, CancellationToken cancellationToken)
    {
        if (!_options.RespectRobotsTxt || _source is FolderSource)
        {
            return Task.FromResult(RobotsPolicy.AllowAll);
        }
        return _robots.GetOrAdd(UrlKey.Origin(url), origin => new Lazy<Task<RobotsPolicy>>(async () =>
        {
            var robots = await FetchWithinLimitsAsync(new Uri(new Uri(origin), "/robots.txt"), cancellationToken).ConfigureAwait(false);
            // RFC 9309: no robots.txt (4xx) means everything is allowed; we do the same when
            // it cannot be fetched at all, since the site owner is usually the one running us.
            return robots.Succeeded ? RobotsPolicy.Parse(TextDecoding.Decode(robots.Body), _options.UserAgent) : RobotsPolicy.AllowAll;
        })).Value;
    }

    private void Done()
    {
        if (Interlocked.Decrement(ref _pending) == 0)
        {
            _finished.TrySetResult();
        }
    }
}
