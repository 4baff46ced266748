using SiteOptimizer.Caching;
using SiteOptimizer.Configuration;
using SiteOptimizer.Crawling;
using SiteOptimizer.Discovery;
using SiteOptimizer.Graph;
using SiteOptimizer.Imaging;
using SiteOptimizer.Progress;
using SiteOptimizer.Rewriting;
using SiteOptimizer.Sharding;
using SiteOptimizer.Sources;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// A built site folder, in stages: crawl it for the site graph; plan which images need which
/// variants; encode images across the cores (copying the other files meanwhile); rewrite and
/// minify the text files; write .br/.gz siblings. Every file of the folder is written.
/// </summary>
/// <param name="options">The run's settings.</param>
/// <param name="time">The clock.</param>
/// <param name="progress">Where the stages report.</param>
/// <param name="cache">The content cache, if any.</param>
/// <param name="originals">For a live site's mirror: the hash of each image's original, which the cache knows it by.</param>
internal sealed class FolderRun(OptimizerOptions options, TimeProvider time, RunProgress progress, SiteCache? cache, IReadOnlyDictionary<string, ContentHash>? originals = null)
{
    /// <summary>Once <see cref="RunAsync"/> has written the site: its pages, to be written again with some changes held back.</summary>
    public PageRework? Rework { get; private set; }

    public async Task<(SiteGraph Graph, EncodeTimings Encoding)> RunAsync(string source, SiteWriter writer, CancellationToken cancellationToken)
    {
        var inPlace = IsSameFolder(source, writer.Folder.Root);
        var site = new FolderPlan(source, Excluded(inPlace ? null : writer.Folder.Root), options, writer.Tally, originals);
        var graph = await CrawlAsync(source, cancellationToken).ConfigureAwait(false);
        var byPath = site.Images.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);

        var copying = inPlace ? Task.CompletedTask : Task.Run(() => CopyAll(site.Others, writer, cancellationToken), cancellationToken);
        var catalog = new ImageCatalog();
        var encoding = await EncodeAsync(site.Images.Count, site.Images.Select(site.InputFor),
            result => Emit(byPath[result.Name], result, site.Probe(result.Name), writer, catalog, site.Existing(result.Name)),
            cancellationToken).ConfigureAwait(false);
        await copying.ConfigureAwait(false);

        var texts = site.Texts;
        var modules = graph.Resources.Where(r => r.Type == ResourceType.Module).Select(r => SitePathOf(r.Url)).ToHashSet(StringComparer.Ordinal);
        var textProgress = progress.Start(PipelineStage.Text);
        var rewrite = new RewriteStage(options, writer.Tally, progress.Start(PipelineStage.Rewrite), textProgress);
        await rewrite.RunAsync(texts, catalog, modules.Contains, cancellationToken).ConfigureAwait(false);
        var integrity = new IntegrityStage(site.Integrity, writer);
        integrity.WriteTexts(texts);
        void WriteHeadersFile(SiteWriter to)
        {
            var existing = site.Files.FirstOrDefault(f => f.RelativePath == HeadersFile.Name) is { } headers ? TextDecoding.Decode(headers.ReadBytes()) : null;
            var pages = texts.Where(t => t.File.Type == FileType.Html).Select(t => (t.Path, t.Current));
            to.WriteExtra(HeadersFile.Name, System.Text.Encoding.UTF8.GetBytes(HeadersFile.Render(existing, pages)));
        }
        if (options.Hints.Enabled && options.Hints.HeadersFile)
        {
            WriteHeadersFile(writer);
        }
        Rework = new PageRework(options, rewrite, texts, writer, cache?.Texts, WriteHeadersFile, integrity);
        new PrecompressStage(options.Precompress, writer, textProgress, cache?.Texts).Run(texts.Select(t => t.Path).Concat(site.Others.Select(o => o.RelativePath)), cancellationToken);
        textProgress.Finish();
        return (graph, encoding);
    }

    /// <summary>
    /// One shard's part of the work: the images whose paths fall in <paramref name="shard"/> are
    /// encoded into the cache, with the variants a full run would ask for; nothing else is written.
    /// </summary>
    public Task<EncodeTimings> EncodeShardAsync(string source, ShardSpec shard, ReportTally tally, CancellationToken cancellationToken)
    {
        var site = new FolderPlan(source, Excluded(null), options, tally);
        var images = site.Images.Where(f => shard.Contains(f.RelativePath)).ToList();
        return EncodeAsync(images.Count, images.Select(site.InputFor), result => SiteWriter.ReportProblem(tally, result), cancellationToken);
    }

    // Waiting for the encoders is a blocking call: it gets a thread of its own.
    private Task<EncodeTimings> EncodeAsync(int count, IEnumerable<ImageInput> inputs, Action<ImageResult> onResult, CancellationToken cancellationToken)
    {
        var imageProgress = progress.Start(PipelineStage.Images);
        imageProgress.Expect(count);
        return Task.Factory.StartNew(
            () => new ImageBatch(options.Images, time, imageProgress, cache?.Images).Run(inputs, onResult, cancellationToken),
            cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private IEnumerable<string> Excluded(string? output) =>
        new[] { output, cache?.Folder }.OfType<string>();

    private static void Emit(SiteFile file, ImageResult result, ProbedImage? probe, SiteWriter writer, ImageCatalog catalog, IEnumerable<ImageSource> existing)
    {
        writer.WriteImage(file, result);
        if (probe is null)
        {
            return;
        }
        var fullWidth = result.Replacement?.Width ?? probe.Width;
        foreach (var variant in result.Variants)
        {
            writer.WriteExtra(VariantNames.For(file.RelativePath, variant, fullWidth), variant.Bytes);
            writer.Tally.AddVariant(variant.Bytes.LongLength);
        }
        catalog.Add(file.RelativePath, probe, result, variant => VariantNames.For(file.RelativePath, variant, fullWidth), existing);
    }

    private async Task<SiteGraph> CrawlAsync(string source, CancellationToken cancellationToken)
    {
        using var folder = new FolderSource(source);
        return await new Crawler(folder, options.Crawl.ForFolder(), time, progress: progress.Start(PipelineStage.Crawl)).CrawlAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string SitePathOf(string url)
    {
        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    internal static bool IsSameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);

    private static void CopyAll(IEnumerable<SiteFile> files, SiteWriter writer, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Keep(file);
        }
    }
}
