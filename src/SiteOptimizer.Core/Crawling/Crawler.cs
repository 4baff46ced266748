using System.Collections.Concurrent;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
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
    private readonly TaskCompletionSource _textsHandedOn = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private const string DisallowedByRobots = "disallowed by robots.txt";

    private long _started;
    private int _pending;
    private int _pendingTexts = 1; // the entry pages' own, until they are all scheduled
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

    /// <summary>
    /// Completes once every page, stylesheet and script the crawl fetches has been handed on
    /// (or has failed): no URL is found after that, since images and the rest lead nowhere, so
    /// what the pages ask of each image is known. Also completes when the crawl ends.
    /// </summary>
    public Task TextsHandedOn => _textsHandedOn.Task;

    public async Task<SiteGraph> CrawlAsync(CancellationToken cancellationToken)
    {
        _started = _time.GetTimestamp();
        using var registration = cancellationToken.Register(() => _finished.TrySetCanceled(cancellationToken));
        var entries = new List<Uri> { _source.Root };
        // On a thread of its own: warming the parser must not hold up a pool thread the
        // first requests' continuations need (on two cores there may be only two).
        new Thread(ReferenceExtraction.WarmUp) { IsBackground = true, Name = "crawl warm-up" }.Start();
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
        TextDone();
        Done();
        try
        {
            await _finished.Task.ConfigureAwait(false);
        }
        finally
        {
            _textsHandedOn.TrySetResult();
        }
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
        // Usually robots.txt is known by now: a page it disallows is never started, and one it
        // allows can announce itself to its origin's slots before it asks (see PrioritySlots).
        var robots = crossOrigin ? Task.FromResult(RobotsPolicy.AllowAll) : RobotsFor(url, cancellationToken);
        if (robots.IsCompletedSuccessfully && !robots.Result.Allows(url))
        {
            node.Skip(DisallowedByRobots);
            return;
        }
        var announced = robots.IsCompletedSuccessfully && Priority(type) == 0;
        if (announced)
        {
            SlotsOf(url).Expect();
        }
        Interlocked.Increment(ref _pending);
        if (LeadsFurther(type))
        {
            Interlocked.Increment(ref _pendingTexts);
        }
        _progress.Expect(1);
        // In the order scheduled (the pool's global queue, not a worker's last-in-first-out
        // one), so that the slots go to what was discovered first and ranked first.
        _ = Task.Factory.StartNew(() => ProcessAsync(node, announced, cancellationToken), CancellationToken.None,
            TaskCreationOptions.PreferFairness | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default).Unwrap();
    }

    private async Task ProcessAsync(CrawlNode node, bool announced, CancellationToken cancellationToken)
    {
        try
        {
            if (!announced && !node.IsCrossOrigin && !(await RobotsFor(node.Url, cancellationToken).ConfigureAwait(false)).Allows(node.Url))
            {
                node.Skip(DisallowedByRobots);
                return;
            }
            var started = _time.GetElapsedTime(_started);
            // What it leads to is found while its slot is still held, so that the slot goes to
            // what it found first, before it is handed on (written, queued for encoding).
            var result = await FetchWithinLimitsAsync(node.Url, Priority(node.Type), announced, arrived =>
            {
                node.Complete(arrived, started, _time.GetElapsedTime(_started) - started);
                if (arrived.Succeeded)
                {
                    Discover(node, arrived, cancellationToken);
                }
            }, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                await _onFetched(new CrawledFile(node.Type, result), cancellationToken).ConfigureAwait(false);
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
            _progress.Completed(node.Result?.Length ?? 0);
            if (LeadsFurther(node.Type))
            {
                TextDone();
            }
            Done();
        }
    }

    // Every request of the crawl (robots.txt and sitemaps too) waits for a slot of its origin and a global one.
    private Task<FetchResult> FetchWithinLimitsAsync(Uri url, CancellationToken cancellationToken) =>
        FetchWithinLimitsAsync(url, priority: 0, announced: false, arrived: null, cancellationToken);

    private async Task<FetchResult> FetchWithinLimitsAsync(Uri url, int priority, bool announced, Action<FetchResult>? arrived, CancellationToken cancellationToken)
    {
        var originSlots = SlotsOf(url);
        await originSlots.WaitAsync(priority, cancellationToken, expected: announced).ConfigureAwait(false);
        try
        {
            await _globalSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var result = await _source.FetchAsync(url, cancellationToken).ConfigureAwait(false);
                arrived?.Invoke(result);
                return result;
            }
            finally
            {
                _globalSlots.Release();
            }
        }
        finally
        {
            originSlots.Release(priority);
        }
    }

    private PrioritySlots SlotsOf(Uri url) =>
        _originSlots.GetOrAdd(UrlKey.Origin(url), _ => new PrioritySlots(_options.ConnectionsPerOrigin));

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
        // What can lead further is asked for first (a stable sort: document order within a rank).
        foreach (var reference in extracted.References.OrderBy(r => r.Discovery == DiscoveryKind.Navigation ? 0 : Priority(r.Type)))
        {
            if (UrlKey.Resolve(baseUrl, reference.Url) is not { } resolved)
            {
                continue;
            }
            // A link to the site's production address is to a file of the site being crawled.
            var target = SiteOrigins.Current.Localize(resolved, _source.Root);
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

    // What can lead to more URLs: a text is counted until it is handed on, and what it found is scheduled (and counted) before that.
    private static bool LeadsFurther(ResourceType type) => Priority(type) == 0;

    private void TextDone()
    {
        if (Interlocked.Decrement(ref _pendingTexts) == 0)
        {
            _textsHandedOn.TrySetResult();
        }
    }

    private void Done()
    {
        if (Interlocked.Decrement(ref _pending) == 0)
        {
            _finished.TrySetResult();
        }
    }
}
