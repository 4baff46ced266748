using SiteOptimizer.Cli;

namespace SiteOptimizer.Tests.Hostile;

/// <summary>
/// Markup and stylesheets nested tens of thousands of levels deep: parsing and minifying them
/// takes time that grows with the square of the depth (many minutes at these sizes), so they are
/// kept as they are, named in a warning, and the rest of the site is optimized as usual.
/// </summary>
public sealed class DeeplyNestedTests
{
    [Fact]
    public async Task Optimize_PageAndStylesheetNestedFarDeeperThanBrowsersBuild_AreKeptAsTheyAreWithAWarning()
    {
        using var site = new HostileSite();
        const int depth = 100_000;
        site.Add("photo.jpg", HostileImages.Jpeg)
            .Add("deep.html", "<!doctype html><title>deep</title>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<img src=photo.jpg alt=x>" + string.Concat(Enumerable.Repeat("</div>", depth)))
            .Add("deep.css", "a{" + string.Concat(Enumerable.Repeat("b{", depth / 2)) + "color:red" + new string('}', (depth / 2) + 1))
            .Page("<link rel=stylesheet href=deep.css><a href=deep.html>deep</a><img src=photo.jpg alt=\"a photo\">");

        // A hang guard, not a timing: before the depth checks this run took many minutes.
        var run = await site.OptimizeAsync("--no-cache").WaitAsync(TimeSpan.FromMinutes(3));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("deep.html: warning SO2005: elements nested 100,000 deep", run.Error);
        Assert.Contains("deep.css: warning SO3001: kept as is: blocks nested 50,001 deep", run.Error);
        Assert.Equal(site.Source("deep.html"), site.Written("deep.html"));
        Assert.Equal(site.Source("deep.css"), site.Written("deep.css"));
        Assert.Contains("<picture>", site.WrittenText("index.html"));
    }
}
