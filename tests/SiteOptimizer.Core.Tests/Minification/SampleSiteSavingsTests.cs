using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SiteOptimizer.Compression;
using SiteOptimizer.Minification;
using SiteOptimizer.Tests.Support;
using Xunit.Abstractions;

namespace SiteOptimizer.Tests.Minification;

public sealed partial class SampleSiteSavingsTests(ITestOutputHelper output)
{
    private static string[] Files(string pattern) => Directory
        .EnumerateFiles(TestPaths.SampleSite, pattern, SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public async Task Minify_SampleSite_SavesBytesOnCssJsAndHtml()
    {
        var css = Files("*.css").Select(f => new TextAsset(f, File.ReadAllText(f), TextAssetKind.Css));
        var js = Files("*.js").Select(f => new TextAsset(f, File.ReadAllText(f), f.EndsWith("menu.js", StringComparison.Ordinal) ? TextAssetKind.ClassicScript : TextAssetKind.Module));
        var assets = css.Concat(js).ToArray();
        var pages = Files("*.html").Select(f => new HtmlPage(f, File.ReadAllText(f))).ToArray();

        var minified = await EsbuildMinifier.Default.MinifyAsync(assets, CancellationToken.None);
        var minifiedPages = await new HtmlMinifier(new MinifyOptions(), EsbuildMinifier.Default).MinifyAsync(pages, CancellationToken.None);

        var before = assets.Select(a => a.Text).Concat(pages.Select(p => p.Html)).ToArray();
        var after = minified.Select(r => r.Minified!).Concat(minifiedPages.Select(r => r.Minified!)).ToArray();
        Report("css", before[..2], after[..2]);
        Report("js", before[2..assets.Length], after[2..assets.Length]);
        Report("html", before[assets.Length..], after[assets.Length..]);
        Assert.All(minifiedPages, page => Assert.Empty(page.Problems));
        Assert.True(Bytes(after[..2]) < Bytes(before[..2]) * 0.75);
        Assert.True(Bytes(after[2..assets.Length]) < Bytes(before[2..assets.Length]) * 0.6);
        Assert.True(Bytes(after[assets.Length..]) < Bytes(before[assets.Length..]) * 0.95);
    }

    [Fact]
    public async Task Minify_SamplePages_KeepEveryElementAttributeAndWord()
    {
        var pages = Files("*.html").Select(f => new HtmlPage(f, File.ReadAllText(f))).ToArray();

        var results = await new HtmlMinifier(new MinifyOptions { InlineCode = false }, null).MinifyAsync(pages, CancellationToken.None);

        foreach (var (page, result) in pages.Zip(results))
        {
            Assert.Equal(Shape(page.Html), Shape(result.Minified!));
            Assert.Equal(Words(page.Html), Words(result.Minified!));
        }
    }

    private static string[] Shape(string html) => new HtmlParser().ParseDocument(html).All
        .Select(e => e.LocalName + string.Concat(e.Attributes.Select(a => $" {a.Name}={a.Value}")))
        .ToArray();

    private static string Words(string html) => Whitespace().Replace(new HtmlParser().ParseDocument(html).Body!.TextContent, " ").Trim();

    private static long Bytes(IEnumerable<string> texts) => texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));

    private void Report(string type, string[] before, string[] after)
    {
        var precompressor = new Precompressor(new PrecompressOptions { MinBytes = 0 });
        string Compressed(string[] texts)
        {
            var siblings = texts.Select(t => precompressor.Compress(Encoding.UTF8.GetBytes(t))).ToArray();
            return $"br {siblings.Sum(s => s.Brotli!.Length)}, gz {siblings.Sum(s => s.Gzip!.Length)}";
        }
        output.WriteLine($"{type}: {before.Length} files, {Bytes(before)} → {Bytes(after)} bytes minified " +
            $"({100 - 100.0 * Bytes(after) / Bytes(before):0.0} % saved); original {Compressed(before)}; minified {Compressed(after)}");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
