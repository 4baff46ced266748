using AngleSharp.Html.Parser;
using SiteOptimizer.Configuration;
using SiteOptimizer.Crawling;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Graph;
using SiteOptimizer.Imaging;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Sources;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Pipeline;

/// <summary>
/// What the preloader promises on a whole site: after optimizing sample-site every local
/// reference resolves, every preload is used by its page, and optimizing the output again
/// changes nothing. (Lighter image settings than the defaults keep it quick; the rules are the same.)
/// </summary>
public sealed class SampleSiteGuaranteesTests : IClassFixture<SampleSiteGuaranteesTests.Optimized>
{
    private readonly Optimized _site;

    public SampleSiteGuaranteesTests(Optimized site) => _site = site;

    public static readonly OptimizerOptions Options = new()
    {
        Images = new ImageOptions { MaxWidth = 960, Widths = [480], Avif = new AvifOptions { Effort = 0 } },
    };

    [Fact]
    public async Task EveryLocalReference_ResolvesToAFileOfTheOutput()
    {
        using var folder = new FolderSource(_site.Output.Path);
        var graph = await new Crawler(folder, new CrawlOptions(), TimeProvider.System).CrawlAsync(CancellationToken.None);

        Assert.All(graph.Resources.Where(r => !r.IsCrossOrigin), r => Assert.True(r.State == ResourceState.Fetched, $"{r.Url}: {r.Note}"));
        Assert.Contains(graph.Resources, r => r.Url.EndsWith(".avif", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryPreload_IsUsedByItsPage()
    {
        var parser = new HtmlParser();
        var checkedPreloads = 0;
        foreach (var page in Directory.EnumerateFiles(_site.Output.Path, "*.html", SearchOption.AllDirectories))
        {
            var pagePath = Path.GetRelativePath(_site.Output.Path, page).Replace('\\', '/');
            using var document = parser.ParseDocument(File.ReadAllText(page));
            var used = UsedBy(pagePath, document);
            foreach (var link in document.QuerySelectorAll("link[rel=preload], link[rel=modulepreload]"))
            {
                // A responsive image preload has no href: each candidate of its imagesrcset must be used.
                var urls = link.GetAttribute("href") is { } href ? [href] : SrcsetParser.Parse(link.GetAttribute("imagesrcset") ?? "").Select(c => c.Url).ToList();
                Assert.NotEmpty(urls);
                foreach (var target in urls.Select(u => SitePaths.Resolve(pagePath, u)!))
                {
                    Assert.True(used.Contains(target), $"{pagePath} preloads {target}, which the page does not use");
                }
                checkedPreloads++;
            }
        }
        Assert.True(checkedPreloads >= 7, $"only {checkedPreloads} preloads");
    }

    [Fact]
    public async Task OptimizingTheOutputAgain_ChangesNothing()
    {
        using var again = new TempDirectory();

        await new SiteOptimizerPipeline(Options).OptimizeAsync(_site.Output.Path, again.Path);

        var first = Files(_site.Output.Path);
        var second = Files(again.Path);
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, pair => Assert.True(pair.Value.SequenceEqual(second[pair.Key]), $"{pair.Key} changed on the second run"));
    }

    // Everything the page itself, its stylesheets (with imports) and its modules name.
    private HashSet<string> UsedBy(string pagePath, AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var extracted = HtmlReferenceExtractor.Extract(document.DocumentElement.OuterHtml);
        var queue = new Queue<string>();
        foreach (var reference in extracted.References.Where(r => r.Discovery != DiscoveryKind.Preload))
        {
            if (SitePaths.Resolve(pagePath, reference.Url) is { } path && used.Add(path))
            {
                queue.Enqueue(path);
            }
        }
        while (queue.TryDequeue(out var path))
        {
            var file = Path.Combine(_site.Output.Path, path);
            if (!File.Exists(file))
            {
                continue;
            }
            var references = path.EndsWith(".css", StringComparison.Ordinal) ? CssReferenceExtractor.Extract(File.ReadAllText(file)).References
                : path.EndsWith(".js", StringComparison.Ordinal) ? ScriptReferences.FromFile(File.ReadAllText(file), isModule: true).References
                : [];
            foreach (var reference in references)
            {
                if (SitePaths.Resolve(path, reference.Url) is { } next && used.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }
        return used;
    }

    private static Dictionary<string, byte[]> Files(string root) => Directory
        .EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes);

    /// <summary>sample-site optimized once for the class.</summary>
    public sealed class Optimized : IAsyncLifetime
    {
        internal TempDirectory Output { get; } = new();

        public Task InitializeAsync() => new SiteOptimizerPipeline(Options).OptimizeAsync(TestPaths.SampleSite, Output.Path);

        public Task DisposeAsync()
        {
            Output.Dispose();
            return Task.CompletedTask;
        }
    }
}
