using SiteOptimizer.Diagnostics;
using SiteOptimizer.Discovery;
using SiteOptimizer.Estimation;
using SiteOptimizer.Graph;
using SiteOptimizer.Imaging;
using SiteOptimizer.Pipeline;

namespace SiteOptimizer.Tests.Reports;

/// <summary>
/// Reports built by hand, so the renderers are tested without the estimator: a home page that
/// got faster, and a page with a hostile name that got slower (a regression must show).
/// </summary>
internal static class ReportExamples
{
    public const string Root = "https://example.test/";
    public const string HostilePage = Root + "\"><script>alert(1)</script>.html";
    public const string HostileMessage = "<img src=x onerror=alert(2)> & more";

    public static SiteEstimate Estimate() => new(
        new NetworkProfile("mobile-slow-4g", 150, 1638.4, 750, 4),
        [
            new PageEstimate(Root,
                Load(fcp: 1800, lcp: 4100, load: 5200, heroStart: 1900, heroEnd: 4000, heroBytes: 1_120_000),
                Load(fcp: 1500, lcp: 2300, load: 2900, heroStart: 700, heroEnd: 2200, heroBytes: 410_000),
                new SavingsAttribution(ImagesMs: 1300, MinificationMs: 120, HintsMs: 400, LazyLoadingMs: -20)),
            new PageEstimate(HostilePage,
                Load(fcp: 1200, lcp: 1500, load: 2000, heroStart: 1300, heroEnd: 1450, heroBytes: 40_000),
                Load(fcp: 1250, lcp: 1620, load: 1900, heroStart: 1400, heroEnd: 1580, heroBytes: 38_000),
                new SavingsAttribution(ImagesMs: 10, MinificationMs: 0, HintsMs: -130, LazyLoadingMs: 0)),
        ]);

    public static OptimizationReport Report() => new(
        "/sites/example", "/sites/example-optimized",
        [new FileTypeTotals(FileType.Jpeg, 2, 1_160_000, 448_000), new FileTypeTotals(FileType.Html, 2, 9_000, 11_000)],
        ImagesOptimized: 2, ImagesKept: 0, TimeSpan.FromSeconds(12.5), new EncodeTimings(2, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(19), 2),
        [new Diagnostic("SO1001", DiagnosticSeverity.Warning, "images/<b>broken</b>.jpg", 0, 0, HostileMessage)],
        new SiteGraph(Root, [Root], [], [], 2),
        new ExtraFiles(6, 900_000), new ExtraFiles(4, 3_000))
    {
        FileSizes =
        [
            new FileSizes("images/hero.jpg", FileType.Jpeg, 1_120_000, 410_000),
            new FileSizes("images/a&b.jpg", FileType.Jpeg, 40_000, 38_000),
            new FileSizes("index.html", FileType.Html, 5_000, 6_500),
        ],
    };

    private static PageLoad Load(double fcp, double lcp, double load, double heroStart, double heroEnd, long heroBytes) => new(
        new LoadMetrics(Requests: 5, Bytes: heroBytes + 160_000, fcp, lcp, load),
        [
            new RequestTiming(Root, ResourceType.Document, "VeryHigh", 9_000, 0, 0, 620, 700, false, false),
            new RequestTiming(Root + "css/main.css", ResourceType.Stylesheet, "VeryHigh", 11_000, 650, 660, 900, 1_050, true, false),
            new RequestTiming(Root + "js/app.js", ResourceType.Script, "High", 8_000, 660, 700, 950, 1_100, false, false),
            new RequestTiming(Root + "fonts/body.woff2", ResourceType.Font, "VeryHigh", 130_000, 1_100, 1_150, 1_400, 1_700, false, false),
            new RequestTiming(Root + "images/hero.jpg?<x>", ResourceType.Image, "High", heroBytes, 660, heroStart, heroStart + 200, heroEnd, false, true),
        ],
        "images/hero.jpg");
}
