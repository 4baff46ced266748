using System.Collections.Concurrent;
using SiteOptimizer.Configuration;
using SiteOptimizer.Crawling;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Discovery;
using SiteOptimizer.Graph;
using SiteOptimizer.Imaging;
using SiteOptimizer.Rewriting;
using SiteOptimizer.Sources;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// A built site folder, in stages: crawl it for the site graph; plan which images need which
/// variants; encode images across the cores (copying the other files meanwhile); rewrite and
/// minify the text files; write .br/.gz siblings. Every file of the folder is written.
/// </summary>
internal sealed class FolderRun(OptimizerOptions options, TimeProvider time)
{
    public async Task<(SiteGraph Graph, EncodeTimings Encoding)> RunAsync(string source, SiteWriter writer, CancellationToken cancellationToken)
    {
        var inPlace = IsSameFolder(source, writer.Folder.Root);
        var files = SiteFolder.Files(source, inPlace ? null : writer.Folder.Root, writer.Tally.Report);
        var graph = await CrawlAsync(source, cancellationToken).ConfigureAwait(false);
        var texts = ReadTexts(files, writer.Tally);
        var textPaths = texts.Select(t => t.Path).ToHashSet(StringComparer.Ordinal);
        // Largest first: the last image to start is then a small one, and no core idles while
        // another finishes a big one alone (longest-processing-time-first scheduling).
        var rasters = files.Where(f => f.Type.IsRaster()).ToList();
        // Variants of another image, from an earlier run: they stay as they are, and are offered again.
        var existingVariants = VariantNames.Existing([.. rasters.Select(f => f.RelativePath)]);
        var derived = existingVariants.Values.SelectMany(v => v).ToHashSet(StringComparer.Ordinal);
        var images = rasters.Where(f => options.Images.Enabled && !derived.Contains(f.RelativePath)).OrderByDescending(f => f.Length).ToList();
        var others = files.Where(f => !textPaths.Contains(f.RelativePath) && !images.Contains(f)).ToList();
        var rasterByPath = rasters.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);

        var probes = new ConcurrentDictionary<string, ProbedImage?>(StringComparer.Ordinal);
        var byPath = images.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        ProbedImage? Probe(string path) => rasterByPath.TryGetValue(path, out var file) ? probes.GetOrAdd(path, _ => ImageProbe.Read(file.ReadBytes())) : null;
        IEnumerable<ImageSource> Existing(string path) => existingVariants.GetValueOrDefault(path, [])
            .Select(v => (Path: v, Probe: Probe(v)))
            .Where(v => v.Probe is not null)
            .Select(v => new ImageSource(v.Probe!.Format, v.Probe.Width, v.Path));
        var plan = VariantPlan.Build(
            texts.Where(t => t.File.Type == FileType.Html).Select(t => (t.Path, t.Original)),
            texts.Where(t => t.File.Type == FileType.Css).Select(t => (t.Path, t.Original)),
            Probe, options.Images, options.Hints);

        var copying = inPlace ? Task.CompletedTask : Task.Run(() => CopyAll(others, writer, cancellationToken), cancellationToken);
        var catalog = new ImageCatalog();
        foreach (var original in existingVariants.Keys)
        {
            plan.Remove(original);
        }
        var encoding = await Task.Factory.StartNew(
            () => new ImageBatch(options.Images, time).Run(
                images.Select(f => new ImageInput(f.RelativePath, f.ReadBytes) { Wanted = plan.GetValueOrDefault(f.RelativePath, ImageVariants.None) }),
                result => Emit(byPath[result.Name], result, Probe(result.Name), writer, catalog, Existing(result.Name)),
                cancellationToken),
            cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        await copying.ConfigureAwait(false);

        var modules = graph.Resources.Where(r => r.Type == ResourceType.Module).Select(r => SitePathOf(r.Url)).ToHashSet(StringComparer.Ordinal);
        await new RewriteStage(options, writer.Tally).RunAsync(texts, catalog, modules.Contains, cancellationToken).ConfigureAwait(false);
        foreach (var text in texts)
        {
            writer.WriteText(text);
        }
        if (options.Hints.Enabled && options.Hints.HeadersFile)
        {
            var existing = files.FirstOrDefault(f => f.RelativePath == HeadersFile.Name) is { } headers ? TextDecoding.Decode(headers.ReadBytes()) : null;
            var pages = texts.Where(t => t.File.Type == FileType.Html).Select(t => (t.Path, t.Current));
            writer.WriteExtra(HeadersFile.Name, System.Text.Encoding.UTF8.GetBytes(HeadersFile.Render(existing, pages)));
        }
        new PrecompressStage(options.Precompress, writer).Run(texts.Select(t => t.Path).Concat(others.Select(o => o.RelativePath)), cancellationToken);
        return (graph, encoding);
    }

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
        // Every file is on local disk: no reason to hold back on requests.
        var crawl = options.Crawl with { ConnectionsPerOrigin = 64, MaxConcurrentRequests = 64 };
        return await new Crawler(folder, crawl, time).CrawlAsync(cancellationToken).ConfigureAwait(false);
    }

    // Pages, stylesheets and scripts are read as text in their own encoding, to be rewritten; those that cannot be are copied as they are.
    private static List<TextFile> ReadTexts(IReadOnlyList<SiteFile> files, ReportTally tally)
    {
        var texts = new List<TextFile>();
        foreach (var file in files.Where(f => f.Type is FileType.Html or FileType.Css or FileType.JavaScript))
        {
            var bytes = file.ReadBytes();
            var charset = TextCharset.Of(bytes);
            if (charset?.Decode(bytes) is { } text)
            {
                texts.Add(new TextFile(file, text) { Charset = charset });
            }
            else
            {
                var problem = charset is null ? "declares a character encoding this machine does not know" : $"not valid {charset.Name}";
                tally.Report(new Diagnostic(DiagnosticCodes.NotUtf8, DiagnosticSeverity.Warning, file.RelativePath, 0, 0, problem + ": copied as it is, not rewritten or minified"));
            }
        }
        return texts;
    }

    private static string SitePathOf(string url)
    {
        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    private static bool IsSameFolder(string a, string b) =>
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
