using System.IO.Compression;
using System.Text;
using SiteOptimizer.Configuration;
using SiteOptimizer.Estimation;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Pipeline;

/// <summary>
/// The estimate as a guard, on a two-page site of its own: on <c>index.html</c> a font preload
/// competes with the large render-blocking stylesheet (its heading's font is
/// <c>font-display: swap</c>, so nothing waits for the font), which the slow-4G simulation says
/// delays the first paint; on <c>imports.html</c> the preload of a stylesheet only an
/// <c>@import</c> names saves a round trip.
/// </summary>
public sealed class EstimateGuardTests : IClassFixture<EstimateGuardTests.GuardSite>
{
    private readonly GuardSite _site;

    public EstimateGuardTests(GuardSite site) => _site = site;

    [Fact]
    public void Unguarded_TheFontPreloadShips_AndTheEstimateCallsItSlower()
    {
        var index = Page(_site.Unguarded, "index.html");

        var fonts = index.ChangeCosts.Single(c => c.Kind == ChangeKind.FontPreloads);
        Assert.True(fonts.Harms, $"font preloads: LCP {fonts.LcpMs} ms, FCP {fonts.FcpMs} ms");
        Assert.True(index.FcpSavedMs < 0, $"FCP {index.Before.Metrics.FcpMs} → {index.After.Metrics.FcpMs} ms");
        Assert.Empty(index.Withheld);
        Assert.Contains("as=\"font\"", File.ReadAllText(_site.UnguardedOutput.Combine("index.html")));
    }

    [Fact]
    public void Guarded_TheFontPreloadIsWithheld_AndTheReportSaysWhatItCost()
    {
        var index = Page(_site.Guarded, "index.html");
        var unguarded = Page(_site.Unguarded, "index.html");

        var withheld = Assert.Single(index.Withheld);
        Assert.Equal(ChangeKind.FontPreloads, withheld.Kind);
        Assert.Equal(unguarded.ChangeCosts.Single(c => c.Kind == ChangeKind.FontPreloads), withheld);
        Assert.DoesNotContain("as=\"font\"", File.ReadAllText(_site.GuardedOutput.Combine("index.html")));
        Assert.True(index.After.Metrics.FcpMs < unguarded.After.Metrics.FcpMs, $"FCP shipped {index.After.Metrics.FcpMs} ms, unguarded {unguarded.After.Metrics.FcpMs} ms");
        Assert.True(index.FcpSavedMs > 0 && index.LcpSavedMs > 0, $"FCP saved {index.FcpSavedMs} ms, LCP saved {index.LcpSavedMs} ms");
    }

    [Fact]
    public void Guarded_APageWhereHintsHelp_KeepsThem()
    {
        var imports = Page(_site.Guarded, "imports.html");

        var hints = imports.ChangeCosts.Single(c => c.Kind == ChangeKind.ResourceHints);
        Assert.True(hints.FcpMs < 0, $"the stylesheet preload changes FCP by {hints.FcpMs} ms");
        Assert.Empty(imports.Withheld);
        Assert.Contains("<link rel=\"preload\" href=\"imported.css\" as=\"style\">", File.ReadAllText(_site.GuardedOutput.Combine("imports.html")));
    }

    [Fact]
    public void Guarded_NoPageIsSlower_OnAnyKindOfChangesAccount()
    {
        Assert.All(_site.Guarded.Pages, page =>
        {
            Assert.All(page.ChangeCosts, cost => Assert.False(cost.Harms, $"{page.Page}: {cost}"));
            Assert.True(page.FcpSavedMs >= 0 && page.LcpSavedMs >= 0, $"{page.Page}: FCP saved {page.FcpSavedMs} ms, LCP saved {page.LcpSavedMs} ms");
        });
    }

    [Fact]
    public void Guarded_TheRewrittenPage_IsWhatItsPrecompressedSiblingsAndTheTotalsHold()
    {
        var index = _site.GuardedOutput.Combine("index.html");
        using var brotli = new BrotliStream(File.OpenRead(index + ".br"), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);

        Assert.Equal(File.ReadAllText(index), reader.ReadToEnd());
        Assert.Equal(new FileInfo(index).Length, _site.GuardedReport.FileSizes.Single(f => f.Path == "index.html").BytesAfter);
    }

    private static PageEstimate Page(SiteEstimate estimate, string path) => estimate.Pages.Single(p => p.Page == path);

    /// <summary>The site, optimized once with the guard and once without.</summary>
    public sealed class GuardSite : IAsyncLifetime
    {
        internal TempDirectory Source { get; } = new();

        internal TempDirectory GuardedOutput { get; } = new();

        internal TempDirectory UnguardedOutput { get; } = new();

        public OptimizationReport GuardedReport { get; private set; } = null!;

        public SiteEstimate Guarded => GuardedReport.Estimate!;

        public SiteEstimate Unguarded { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Write();
            GuardedReport = await new SiteOptimizerPipeline(new OptimizerOptions()).OptimizeAsync(Source.Path, GuardedOutput.Path);
            var unguarded = new OptimizerOptions { Estimate = new EstimateOptions { Guard = false } };
            Unguarded = (await new SiteOptimizerPipeline(unguarded).OptimizeAsync(Source.Path, UnguardedOutput.Path)).Estimate!;
        }

        public Task DisposeAsync()
        {
            Source.Dispose();
            GuardedOutput.Dispose();
            UnguardedOutput.Dispose();
            return Task.CompletedTask;
        }

        private void Write()
        {
            var random = new Random(7);
            var font = new byte[90_000];
            random.NextBytes(font);
            File.WriteAllBytes(Source.Combine("display.woff2"), font);
            File.WriteAllText(Source.Combine("site.css"),
                "@font-face { font-family: 'Display'; src: url(display.woff2) format('woff2'); font-weight: 700; font-display: swap; }\n"
                + "h1 { font-family: 'Display', sans-serif; font-weight: 700; }\n" + Rules(random, "c"));
            File.WriteAllText(Source.Combine("entry.css"), "@import url(imported.css);\nbody { font-family: serif; }\n");
            File.WriteAllText(Source.Combine("imported.css"), Rules(random, "i"));
            File.WriteAllText(Source.Combine("index.html"), Page("Fonts", "site.css", "<a href=\"imports.html\">Imports</a>"));
            File.WriteAllText(Source.Combine("imports.html"), Page("Imports", "entry.css", ""));
        }

        // Rules with names and colours that do not compress away: a stylesheet of about 120 KB.
        private static string Rules(Random random, string prefix) => string.Concat(Enumerable.Range(0, 2500)
            .Select(i => $".{prefix}{i}-{random.Next():x} {{ margin: {i % 7}px; color: #{random.Next(0x1000000):x6}; }}\n"));

        private static string Page(string title, string stylesheet, string link) => $"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>{title}</title>
              <link rel="stylesheet" href="{stylesheet}">
            </head>
            <body>
              <h1>{title}</h1>
              {link}
              <p>{string.Join(' ', Enumerable.Repeat("A long paragraph of text that is the largest thing on the page.", 30))}</p>
            </body>
            </html>
            """;
    }
}
