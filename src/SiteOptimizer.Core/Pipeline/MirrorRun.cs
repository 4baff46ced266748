using System.Collections.Concurrent;
using System.Threading.Channels;
using SiteOptimizer.Caching;
using SiteOptimizer.Configuration;
using SiteOptimizer.Crawling;
using SiteOptimizer.Emit;
using SiteOptimizer.Graph;
using SiteOptimizer.Imaging;
using SiteOptimizer.Progress;
using SiteOptimizer.Sources;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// A live site: crawled into a static mirror that can be served as is. Each file is written
/// the moment it arrives; images go through a bounded channel to the image optimizer, so
/// encoding overlaps downloading and the run costs about max(download, encode). Pages and
/// stylesheets are fetched first; once they are all in, each image is encoded with the variants
/// they ask for (<see cref="MirrorVariantPlan"/>), into the cache, where the rewrite of the
/// mirror's pages finds them: no image is encoded twice, nor in a size no page uses.
/// </summary>
internal sealed class MirrorRun(OptimizerOptions options, TimeProvider time, RunProgress progress, SiteCache? cache)
{
    private const string ExternalFolder = "_external";

    /// <summary>For each image written, the hash of its original: the rewrite asks the cache by it.</summary>
    public ConcurrentDictionary<string, ContentHash> Originals { get; } = new(StringComparer.Ordinal);

    public async Task<(SiteGraph Graph, EncodeTimings Encoding)> RunAsync(Uri root, SiteWriter writer, CancellationToken cancellationToken)
    {
        using var source = new HttpSource(root, options.Crawl, time);
        var images = options.Images;
        var toEncode = Channel.CreateBounded<SiteFile>(new BoundedChannelOptions(2 * images.EffectiveConcurrency) { SingleReader = false });
        var pending = new ConcurrentDictionary<string, SiteFile>(StringComparer.Ordinal);
        var written = new ConcurrentDictionary<string, (string Path, string? ContentType)>(StringComparer.Ordinal);
        var takenPaths = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var imageProgress = progress.Start(PipelineStage.Images);
        var variants = new MirrorVariantPlan(options);

        var crawler = new Crawler(source, options.Crawl, time, async (fetched, token) =>
        {
            var response = fetched.Result;
            var path = PathFor(root, response);
            written[response.Url.AbsoluteUri] = (path, response.ContentType);
            if (!takenPaths.TryAdd(path, true))
            {
                return; // "/" and "/index.html": two URLs, one file.
            }
            var file = new SiteFile(path, response.Body.LongLength, Body: response.Body);
            if (images.Enabled && (file.Type.IsRaster() || FileTypes.IsRasterMediaType(response.ContentType)))
            {
                imageProgress.Expect(1);
                await toEncode.Writer.WriteAsync(file, token).ConfigureAwait(false);
            }
            else
            {
                variants.Add(file);
                writer.Keep(file);
            }
        }, progress.Start(PipelineStage.Crawl));

        // Waiting for the encoders is a blocking call: it gets a thread of its own, so the
        // thread pool stays free for the crawl. With images off, no encoder starts at all.
        // The first image waits until every page and stylesheet is in: then what the pages ask
        // of each image is known. The crawl of pages never waits for images: an image waiting
        // for room in the channel has already given back its connection slots.
        var encoding = images.Enabled
            ? Task.Factory.StartNew(
                () => new ImageBatch(images, time, imageProgress, cache?.Images).Run(
                    toEncode.Reader.ReadAllAsync(cancellationToken).ToBlockingEnumerable(cancellationToken).Select(file =>
                    {
                        crawler.TextsHandedOn.Wait(cancellationToken);
                        pending[file.RelativePath] = file;
                        var bytes = file.ReadBytes();
                        var content = ContentHash.Of(bytes);
                        Originals[file.RelativePath] = content;
                        return new ImageInput(file.RelativePath, file.ReadBytes) { Wanted = variants.For(file.RelativePath, bytes), Content = content };
                    }),
                    result => writer.WriteImage(pending.TryRemove(result.Name, out var file) ? file : throw new InvalidOperationException(result.Name), result),
                    cancellationToken),
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)
            : Task.FromResult(new EncodeTimings(0, TimeSpan.Zero, TimeSpan.Zero, 0));

        SiteGraph graph;
        try
        {
            graph = await crawler.CrawlAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            toEncode.Writer.TryComplete();
        }
        var timings = await encoding.ConfigureAwait(false);
        FixLinks(root, written, writer);
        return (graph, timings);
    }

    private static string PathFor(Uri root, FetchResult response)
    {
        var path = MirrorPaths.For(response.Url, response.ContentType);
        return UrlKey.SameOrigin(response.Url, root)
            ? path
            : $"{ExternalFolder}/{response.Url.Host}{(response.Url.IsDefaultPort ? "" : "_" + response.Url.Port)}/{path}";
    }

    // Once every file's name is known, point references at names that differ from their URLs.
    private static void FixLinks(Uri root, ConcurrentDictionary<string, (string Path, string? ContentType)> written, SiteWriter writer)
    {
        // Usually every file keeps its URL's path, and no page needs to be read again.
        if (written.All(w => new Uri(w.Key) is var url && UrlKey.SameOrigin(url, root) && MirrorPaths.KeepsUrlPath(url, w.Value.Path)))
        {
            return;
        }
        var rewriter = new MirrorLinkRewriter(written.ToDictionary(w => w.Key, w => w.Value.Path, StringComparer.Ordinal));
        foreach (var (url, (path, contentType)) in written.OrderBy(w => w.Value.Path, StringComparer.Ordinal))
        {
            if (!(MediaTypes.IsHtml(contentType) || MediaTypes.IsCss(contentType) || MediaTypes.IsJavaScript(contentType)))
            {
                continue;
            }
            var full = writer.Folder.Resolve(path);
            var bytes = File.ReadAllBytes(full);
            var charset = TextCharset.Of(bytes) ?? TextCharset.Utf8;
            // Written back in its own encoding; a link that encoding cannot spell is left as it was.
            if (rewriter.Rewrite(new Uri(url), contentType, path, charset.DecodeLeniently(bytes)) is { } rewritten && charset.Encode(rewritten) is { } encoded)
            {
                writer.Folder.Write(path, encoded);
            }
        }
    }
}
