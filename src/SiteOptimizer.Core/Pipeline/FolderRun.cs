using SiteOptimizer.Configuration;
using SiteOptimizer.Crawling;
using SiteOptimizer.Graph;
using SiteOptimizer.Imaging;
using SiteOptimizer.Sources;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// A built site folder: every file is written to the output (images recompressed, the rest
/// copied), and the site is crawled from its root for the site graph and broken links.
/// </summary>
internal sealed class FolderRun(OptimizerOptions options, TimeProvider time)
{
    public async Task<(SiteGraph Graph, EncodeTimings Encoding)> RunAsync(string source, SiteWriter writer, CancellationToken cancellationToken)
    {
        var inPlace = IsSameFolder(source, writer.Folder.Root);
        var files = SiteFolder.Files(source, inPlace ? null : writer.Folder.Root);
        // Largest first: the last image to start is then a small one, and no core idles while
        // another finishes a big one alone (longest-processing-time-first scheduling).
        var images = files.Where(f => options.Images.Enabled && f.Type.IsRaster()).OrderByDescending(f => f.Length).ToList();
        // In place, files that stay as they are need no copy onto themselves.
        var copying = inPlace ? Task.CompletedTask : Task.Run(() => CopyAll(files.Except(images), writer, cancellationToken), cancellationToken);
        var crawling = CrawlAsync(source, cancellationToken);
        var encoding = await Task.Factory.StartNew(
            () => OptimizeImages(images, writer, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        await copying.ConfigureAwait(false);
        return (await crawling.ConfigureAwait(false), encoding);
    }

    private async Task<SiteGraph> CrawlAsync(string source, CancellationToken cancellationToken)
    {
        using var folder = new FolderSource(source);
        // Every file is on local disk: no reason to hold back on requests.
        var crawl = options.Crawl with { ConnectionsPerOrigin = 64, MaxConcurrentRequests = 64 };
        return await new Crawler(folder, crawl, time).CrawlAsync(cancellationToken).ConfigureAwait(false);
    }

    private EncodeTimings OptimizeImages(List<SiteFile> images, SiteWriter writer, CancellationToken cancellationToken)
    {
        var byName = images.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var inputs = images.Select(f => new ImageInput(f.RelativePath, f.ReadBytes));
        return new ImageBatch(options.Images, time)
            .Run(inputs, result => writer.WriteImage(byName[result.Name], result), cancellationToken);
    }

    public static bool IsSameFolder(string a, string b) =>
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
