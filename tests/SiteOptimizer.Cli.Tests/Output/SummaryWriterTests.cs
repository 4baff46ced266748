using SiteOptimizer.Cli.Output;
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
        Assert.Contains("slower: /\"><script>alert(1)</script>.html: LCP 120 ms, FCP 50 ms, load -100 ms (+ is slower)", text, StringComparison.Ordinal);
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
