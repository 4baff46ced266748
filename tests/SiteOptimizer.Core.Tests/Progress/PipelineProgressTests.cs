using SiteOptimizer.Configuration;
using SiteOptimizer.Graph;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Progress;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Progress;

public sealed class PipelineProgressTests
{
    [Fact]
    public async Task Optimize_SmallSite_EveryStageReportsItsWorkAndFinishesWithAllDone()
    {
        using var temp = new TempDirectory();
        var site = Directory.CreateDirectory(temp.Combine("site")).FullName;
        File.WriteAllText(Path.Combine(site, "index.html"), """
            <!DOCTYPE html><html><head><link rel="stylesheet" href="main.css"><script src="app.js"></script></head>
            <body><a href="about.html">About</a><img src="print.png" alt=""><img src="spinner.gif" alt=""></body></html>
            """);
        File.WriteAllText(Path.Combine(site, "about.html"), "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"main.css\"></head><body><p>About  us</p></body></html>");
        File.WriteAllText(Path.Combine(site, "main.css"), "body { color : #ff0000 ; }\n" + string.Concat(Enumerable.Range(0, 80).Select(i => $".note-{i} {{ margin: {i}px 0 1em 0; }}\n")));
        File.WriteAllText(Path.Combine(site, "app.js"), "const greeting = 'hello';\nconsole.log(greeting);\n");
        File.Copy(TestPaths.SampleImage("images/icons/print.png"), Path.Combine(site, "print.png"));
        File.Copy(TestPaths.SampleImage("images/spinner.gif"), Path.Combine(site, "spinner.gif"));
        var recorded = new RecordedProgress();

        var report = await new SiteOptimizerPipeline(new OptimizerOptions()).OptimizeAsync(site, temp.Combine("out"), recorded);

        var fetched = report.Graph.Resources.Count(r => r.State == ResourceState.Fetched);
        Assert.Equal(fetched, Last(recorded, PipelineStage.Crawl).Done);
        Assert.Equal(2, Last(recorded, PipelineStage.Images).Done);
        Assert.Equal(2, Last(recorded, PipelineStage.Rewrite).Done);
        // esbuild minifies the stylesheet and the script, the HTML minifier both pages, and the
        // stylesheet is the only file of 1 KB or more to get .br/.gz siblings.
        var text = Last(recorded, PipelineStage.Text);
        Assert.Equal(5, text.Done);
        foreach (var stage in Enum.GetValues<PipelineStage>())
        {
            var reports = recorded.Of(stage);
            Assert.Single(reports, r => r.IsComplete);
            Assert.All(reports, r => Assert.True(r.Done <= r.Total, $"{stage}: {r.Done} of {r.Total}"));
        }
    }

    private static StageProgress Last(RecordedProgress recorded, PipelineStage stage)
    {
        var last = recorded.Of(stage)[^1];
        Assert.True(last.IsComplete, $"{stage} did not finish");
        Assert.Equal(last.Total, last.Done);
        return last;
    }
}
