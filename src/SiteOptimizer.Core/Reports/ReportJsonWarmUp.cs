using System.Text.Json;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Discovery;
using SiteOptimizer.Graph;
using SiteOptimizer.Imaging;
using SiteOptimizer.Pipeline;

namespace SiteOptimizer.Reports;

/// <summary>
/// The first report a process serialises costs about 70 ms (the serialiser's metadata and
/// code for every type in it); later ones well under a millisecond. A crawl spends most of its
/// time waiting on the network, so the CLI pays that cost then, with a small report of every
/// kind of entry written to nowhere, rather than after the run.
/// </summary>
public static class ReportJsonWarmUp
{
    /// <summary>Serialises a small sample report to <see cref="Stream.Null"/>.</summary>
    public static void Run()
    {
        const string page = "https://example.test/";
        var graph = new SiteGraph(page, [page],
            [new SiteResource(page, ResourceType.Document, ResourceState.Fetched, 200, "text/html", 1, true, 0, false, 0, 1, 1, null)],
            [new SiteEdge(page, page, DiscoveryKind.Navigation, 1, 1, 1, "a", null, false, false, false, false, null)],
            LongestChain: 1);
        var report = new OptimizationReport(page, "out", [new FileTypeTotals(FileType.Html, 1, 1, 1)], 0, 0, TimeSpan.Zero,
            new EncodeTimings(0, TimeSpan.Zero, TimeSpan.Zero, 1), [new Diagnostic("SO0000", DiagnosticSeverity.Warning, "a.html", 1, 1, "-")],
            graph, new ExtraFiles(0, 0), new ExtraFiles(0, 0))
        {
            FileSizes = [new FileSizes("a.html", FileType.Html, 1, 1)],
        };
        JsonSerializer.Serialize(Stream.Null, report, ReportJson.TypeInfoOf<OptimizationReport>());
    }
}
