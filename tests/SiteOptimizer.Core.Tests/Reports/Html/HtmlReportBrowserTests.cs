using NetVips;
using System.Text.Json;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Reports.Html;
using SiteOptimizer.Tests.Browser;
using SiteOptimizer.Tests.Support;
using Xunit.Abstractions;

namespace SiteOptimizer.Tests.Reports.Html;

/// <summary>report.html as a reader meets it: opened from disk in a real Chromium.</summary>
public sealed class HtmlReportBrowserTests(ITestOutputHelper output)
{
    private const string Facts = """
        (() => {
          const box = e => { const b = e.getBoundingClientRect(); return { x: b.left + scrollX, y: b.top + scrollY, width: b.width, height: b.height }; };
          const waterfalls = [...document.querySelectorAll('svg.waterfall')];
          return {
            problems: window.__problems,
            scripts: document.scripts.length,
            loaded: performance.getEntriesByType('resource').length,
            waterfalls: waterfalls.map(box),
            bars: [...document.querySelectorAll('svg.waterfall rect.bar')].map(box),
            height: document.documentElement.scrollHeight,
          };
        })()
        """;

    [ChromiumFact]
    public async Task Open_ReportWithEstimate_ShowsEveryWaterfallWithoutAnyError()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("report.html");
        await HtmlReport.WriteAsync(ReportExamples.Report(), ReportExamples.Estimate(), file);

        var (facts, screenshot) = await ReportInChromium.OpenAsync(file, Facts);

        var kept = Keep(screenshot);
        output.WriteLine($"screenshot: {kept}");
        Assert.Empty(facts.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(0, facts.GetProperty("scripts").GetInt32());
        Assert.Equal(0, facts.GetProperty("loaded").GetInt32());
        var waterfalls = facts.GetProperty("waterfalls").EnumerateArray().ToList();
        Assert.Equal(4, waterfalls.Count);
        var bars = facts.GetProperty("bars").EnumerateArray().ToList();
        Assert.Equal(4 * 5, bars.Count);
        Assert.All(bars, bar => Assert.True(bar.GetProperty("width").GetDouble() >= 1 && bar.GetProperty("height").GetDouble() >= 5, $"a bar drawn at {bar}"));
        foreach (var waterfall in waterfalls)
        {
            var inked = InkedFraction(screenshot, waterfall);
            output.WriteLine($"waterfall at {waterfall}: {inked:P1} of its chart area inked");
            Assert.True(inked > 0.04, $"the waterfall at {waterfall} is nearly blank in the screenshot ({inked:P1} inked); {kept}");
        }
    }

    // The chart part of a waterfall (right of the URL labels, below the time axis): the share of
    // pixels darker than the light grid lines, i.e. bars and markers.
    private static double InkedFraction(byte[] png, JsonElement box)
    {
        double Get(string name) => box.GetProperty(name).GetDouble();
        var scale = Get("width") / 960;
        var left = (int)(Get("x") + (300 * scale));
        var top = (int)(Get("y") + (24 * scale));
        var width = (int)(Get("width") - (300 * scale)) - 4;
        var height = (int)(Get("height") - (24 * scale)) - 4;
        using var page = VipsOperations.Load("pngload_buffer", png);
        using var flat = page.HasAlpha() ? page.Flatten(background: [255.0]) : null;
        using var chart = (flat ?? page).Embed(-left, -top, width, height);
        using var grey = chart.Colourspace(Enums.Interpretation.Bw);
        using var inked = grey.RelationalConst(Enums.OperationRelational.Less, [215.0]);
        return inked.Avg() / 255;
    }

    private static string Keep(byte[] screenshot)
    {
        Directory.CreateDirectory(ScreenshotArtifacts.Folder);
        var path = Path.Combine(ScreenshotArtifacts.Folder, "report-html.png");
        File.WriteAllBytes(path, screenshot);
        return path;
    }
}
