using SiteOptimizer.Cli.Output;
using SiteOptimizer.Estimation;
using SiteOptimizer.Tests.Reports;

namespace SiteOptimizer.Tests.Output;

public sealed class SummaryWriterTests
{
    [Fact]
    public async Task Summary_WithAnEstimate_ShowsMedianTimesTopPagesAndEveryRegression()
    {
        using var output = new StringWriter();

        await SummaryWriter.WriteAsync(output, ReportExamples.Report(), ReportExamples.Estimate());

        var text = output.ToString();
        Assert.Contains("Load times on mobile-slow-4g, median of 2 pages (simulated):", text, StringComparison.Ordinal);
        Assert.Matches(@"\nLCP +2\.80 s +1\.96 s +840 ms\n", text.ReplaceLineEndings("\n"));
        Assert.Matches(@"\n/ +4\.10 s +2\.30 s +1\.80 s\n", text.ReplaceLineEndings("\n"));
        Assert.Contains("1 pages slower on LCP, FCP or load (+ is slower):", text, StringComparison.Ordinal);
        Assert.Contains("slower: /\"><script>alert(1)</script>.html: LCP 120 ms, FCP 50 ms, load -100 ms", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_OfALargeSite_CountsTheSlowerAndHeldBackPages_AndListsOnlyTheWorstFew()
    {
        var template = ReportExamples.Estimate();
        var slower = template.Pages[1];
        var fast = template.Pages[0];
        var pages = Enumerable.Range(0, 300).Select(i => slower with { Page = $"{ReportExamples.Root}slow-{i:000}.html" })
            .Concat(Enumerable.Range(0, 40).Select(i => fast with
            {
                Page = $"{ReportExamples.Root}held-{i:00}.html",
                Withheld = [new ChangeCost(i % 2 == 0 ? ChangeKind.FontPreloads : ChangeKind.LazyLoading, LcpMs: i * 10, FcpMs: 10)],
            }))
            .ToList();
        using var output = new StringWriter();

        await SummaryWriter.WriteAsync(output, ReportExamples.Report(), template with { Pages = pages });

        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("Held back on 40 pages, as the estimate said they made those pages slower: font preloads on 20, lazy loading on 20. Costliest:", lines);
        Assert.Contains("  /held-39.html: lazy loading (FCP +10 ms, LCP +390 ms)", lines);
        Assert.Contains("  … and 35 more (the report lists them all).", lines);
        Assert.Contains("300 pages slower on LCP, FCP or load (+ is slower); the worst:", lines);
        Assert.Contains("  … and 295 more (the report lists them all).", lines);
        Assert.Equal(SummaryWriter.TopCount, lines.Count(l => l.StartsWith("  slower: ", StringComparison.Ordinal)));
        Assert.Equal(SummaryWriter.TopCount, lines.Count(l => l.StartsWith("  /held-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Summary_WithoutAnEstimate_ShowsBytesAndTheLargestSavingsOnly()
    {
        using var output = new StringWriter();

        await SummaryWriter.WriteAsync(output, ReportExamples.Report(), estimate: null);

        var text = output.ToString().ReplaceLineEndings("\n");
        Assert.DoesNotContain("Load times", text, StringComparison.Ordinal);
        Assert.Matches(@"\nimages/hero\.jpg +1\.12 MB +410\.0 KB +710\.0 KB\nimages/a&b\.jpg +40\.0 KB +38\.0 KB +2\.0 KB\n\n", text);
    }
}
