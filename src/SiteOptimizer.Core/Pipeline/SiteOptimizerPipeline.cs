using SiteOptimizer.Caching;
using SiteOptimizer.Configuration;
using SiteOptimizer.Emit;
using SiteOptimizer.Estimation;
using SiteOptimizer.Progress;
using SiteOptimizer.Sharding;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// Optimizes a site into an output folder. The site is a built folder (every file is written
/// to the output, raster images recompressed in place) or an <c>http(s)://</c> URL (crawled
/// into a static mirror, images recompressed as they arrive). The source is never modified.
/// With <see cref="OptimizerOptions.Cache"/> enabled and its path set, encoded images and
/// compressed text are reused from the cache, so an unchanged image is never encoded again.
/// Reusable and thread-safe.
/// </summary>
public sealed class SiteOptimizerPipeline
{
    private readonly OptimizerOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates a pipeline for these options.</summary>
    public SiteOptimizerPipeline(OptimizerOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Whether <paramref name="site"/> names a live site rather than a folder.</summary>
    public static bool IsUrl(string site) =>
        Uri.TryCreate(site, UriKind.Absolute, out var url) && url.Scheme is "http" or "https";

    /// <summary>
    /// Optimizes <paramref name="site"/> (a folder or an http(s) URL) into <paramref name="output"/>.
    /// When <paramref name="output"/> is the site folder itself, the site is optimized in place:
    /// each improved file replaces its original atomically, and the others are not touched.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The site folder does not exist.</exception>
    public Task<OptimizationReport> OptimizeAsync(string site, string output, CancellationToken cancellationToken = default) =>
        OptimizeAsync(site, output, progress: null, cancellationToken);

    /// <summary>
    /// Optimizes <paramref name="site"/> into <paramref name="output"/>, as
    /// <see cref="OptimizeAsync(string, string, CancellationToken)"/>, reporting each stage's
    /// progress to <paramref name="progress"/>. Stages run concurrently, so reports arrive on
    /// worker threads, possibly several at once: the receiver must be quick and thread-safe
    /// (<see cref="Progress{T}"/> is not needed and not advised; it reorders reports).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The site folder does not exist.</exception>
    /// <exception cref="OutputFolderInUseException">Another run is writing <paramref name="output"/>.</exception>
    public async Task<OptimizationReport> OptimizeAsync(string site, string output, IProgress<StageProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(site);
        ArgumentException.ThrowIfNullOrWhiteSpace(output);
        var started = _time.GetTimestamp();
        var isUrl = IsUrl(site);
        var profile = _options.Estimate.Enabled ? EstimateProfile() : null;
        if (!isUrl && !Directory.Exists(site))
        {
            throw new DirectoryNotFoundException($"The site folder '{site}' does not exist.");
        }
        // Two runs writing one folder would leave a mix of two sites: the second refuses.
        using var held = OutputLock.Acquire(output, _time);
        var cache = SiteCache.Open(_options, needed: isUrl && _options.Images.Enabled && _options.Hints.Enabled);
        try
        {
            var report = await RunAsync(site, output, isUrl, cache, progress, profile, cancellationToken).ConfigureAwait(false);
            var statistics = cache?.Close();
            return report with { Cache = statistics, Wall = _time.GetElapsedTime(started) };
        }
        catch
        {
            cache?.Close();
            throw;
        }
    }

    /// <summary>
    /// Does one shard's part of a site folder's work: encodes the images in <paramref name="shard"/>
    /// into the cache, with every variant a full run will ask for, and writes nothing else. Once
    /// every shard has run over the same cache, <see cref="OptimizeAsync(string, string, CancellationToken)"/> finds every image there.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The site folder does not exist.</exception>
    /// <exception cref="InvalidOperationException">The options name no cache, or the site is a URL.</exception>
    public async Task<ShardReport> EncodeShardAsync(string site, ShardSpec shard, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(site);
        ArgumentNullException.ThrowIfNull(shard);
        if (IsUrl(site))
        {
            throw new InvalidOperationException("A shard needs a site folder; mirror a live site first (siteopt crawl <url> -o <folder>).");
        }
        if (!Directory.Exists(site))
        {
            throw new DirectoryNotFoundException($"The site folder '{site}' does not exist.");
        }
        var started = _time.GetTimestamp();
        var cache = SiteCache.Open(_options, needed: false) ?? throw new InvalidOperationException("A shard needs the cache: it is where its work goes.");
        var tally = new ReportTally();
        try
        {
            var encoding = await new FolderRun(_options, _time, RunProgress.None, cache).EncodeShardAsync(site, shard, tally, cancellationToken).ConfigureAwait(false);
            var statistics = cache.Close();
            return new ShardReport(shard.ToString(), Path.GetFullPath(site), _time.GetElapsedTime(started), encoding, statistics, tally.Diagnostics());
        }
        catch
        {
            cache.Close();
            throw;
        }
    }

    private async Task<OptimizationReport> RunAsync(
        string site, string output, bool isUrl, SiteCache? cache, IProgress<StageProgress>? progress, NetworkProfile? profile, CancellationToken cancellationToken)
    {
        var writer = new SiteWriter(new OutputFolder(output), new ReportTally());
        var stages = new RunProgress(progress, _time);
        var mirror = isUrl ? new MirrorRun(_options, _time, stages, cache) : null;
        var declared = OwnAddresses.Declared(_options, isUrl ? new Uri(site) : null);
        // Absolute URLs to the site's own addresses name its files, for every stage from here on.
        using var ownAddresses = SiteOrigins.Use(isUrl ? declared : OwnAddresses.WithFolder(declared, _options, site, writer.Tally));
        var folderRun = isUrl ? null : new FolderRun(_options, _time, stages, cache);
        var (graph, encoding) = mirror is not null
            ? await mirror.RunAsync(new Uri(site), writer, cancellationToken).ConfigureAwait(false)
            : await folderRun!.RunAsync(site, writer, cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in CrawlDiagnostics.From(graph, isUrl ? null : new Uri(graph.Root)))
        {
            writer.Tally.Report(diagnostic);
        }
        var tally = writer.Tally;
        var totals = tally.Totals();
        var final = tally;
        if (mirror is not null && _options.Hints.Enabled)
        {
            // The mirror is a site folder now: rewrite its pages where it stands, as for a folder.
            // Its images were encoded with every variant already: the cache answers for them.
            final = new ReportTally();
            // The mirror's pages may name the site's production address too.
            using var mirrored = SiteOrigins.Use(OwnAddresses.WithFolder(declared, _options, writer.Folder.Root, final));
            // Its crawl only re-reads the files just written: not shown as a second crawl.
            var rewrite = await new FolderRun(_options, _time, stages.Without(PipelineStage.Crawl), cache, mirror.Originals)
                .RunAsync(writer.Folder.Root, new SiteWriter(writer.Folder, final), cancellationToken).ConfigureAwait(false);
            encoding = encoding.Then(rewrite.Encoding);
            totals = Combine(totals, final.Totals());
            foreach (var diagnostic in final.Diagnostics())
            {
                tally.Report(diagnostic);
            }
        }
        // The estimate needs the site as it was beside the output: not for a live site (its
        // pages are rewritten where they were mirrored) nor in place.
        var estimator = new LoadEstimator();
        var estimate = profile is not null && !isUrl && !FolderRun.IsSameFolder(site, writer.Folder.Root)
            ? await estimator.EstimateAsync(site, writer.Folder.Root, profile, cancellationToken).ConfigureAwait(false)
            : null;
        if (estimate is not null && _options.Estimate.Guard && folderRun?.Rework is { } rework)
        {
            estimate = await new EstimateGuard(estimator, site, rework).ApplyAsync(estimate, writer.Folder.Root, cancellationToken).ConfigureAwait(false);
            totals = tally.Totals();
        }
        foreach (var diagnostic in estimate?.Diagnostics ?? [])
        {
            tally.Report(diagnostic);
        }
        return new OptimizationReport(
            isUrl ? site : Path.GetFullPath(site), writer.Folder.Root, totals, tally.ImagesOptimized, tally.ImagesKept,
            TimeSpan.Zero, encoding, tally.Diagnostics(), graph,
            new ExtraFiles(final.Variants.Files, final.Variants.Bytes), new ExtraFiles(final.Precompressed.Files, final.Precompressed.Bytes))
        {
            FileSizes = Combine(tally.Files(), final.Files()),
            Estimate = estimate,
        };
    }

    private NetworkProfile EstimateProfile() =>
        _options.Estimate.Resolve() ?? throw new Configuration.ConfigException(Configuration.OptimizerConfig.DefaultFileName, 0, 0,
            $"estimate.profile is '{_options.Estimate.Profile}'; it must be one of {string.Join(", ", _options.Estimate.KnownProfileNames())}");

    // Bytes before are what was downloaded; bytes after are what the second pass left.
    private static IReadOnlyList<FileTypeTotals> Combine(IReadOnlyList<FileTypeTotals> downloaded, IReadOnlyList<FileTypeTotals> rewritten) =>
        [.. rewritten.Select(after => downloaded.FirstOrDefault(d => d.Type == after.Type) is { } before
            ? after with { BytesBefore = before.BytesBefore }
            : after)];

    // The same for single files: a live site's file is measured as downloaded, then as finally written.
    private static IReadOnlyList<FileSizes> Combine(IReadOnlyList<FileSizes> downloaded, IReadOnlyList<FileSizes> rewritten)
    {
        var before = downloaded.ToDictionary(f => f.Path, StringComparer.Ordinal);
        return [.. rewritten.Select(after => before.TryGetValue(after.Path, out var first) ? after with { BytesBefore = first.BytesBefore } : after)];
    }
}
