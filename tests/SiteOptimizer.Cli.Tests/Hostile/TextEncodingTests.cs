using System.Text;
using SiteOptimizer.Cli;

namespace SiteOptimizer.Tests.Hostile;

/// <summary>
/// Pages in the encodings found on old and hand-made sites: each is rewritten and written back
/// in its own encoding, with its byte-order mark, so a browser reads the same characters.
/// </summary>
public sealed class TextEncodingTests
{
    private const string Words = "Café “naïve” – 10 €";

    static TextEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("windows-1252", false, "<meta charset=windows-1252>")]
    [InlineData("windows-1252", false, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    [InlineData("utf-8", true, "")]
    [InlineData("utf-16", true, "")]
    [InlineData("utf-16BE", true, "")]
    public async Task Optimize_PageInItsOwnEncoding_IsRewrittenAndWrittenBackInIt(string encodingName, bool byteOrderMark, string declaration)
    {
        using var site = new HostileSite();
        var encoding = Encoding.GetEncoding(encodingName);
        var html = $"<!doctype html><html><head>{declaration}<title>t</title></head><body><p>{Words}</p>   <img src=photo.jpg alt=\"{Words}\"></body></html>";
        site.Add("index.html", [.. byteOrderMark ? encoding.GetPreamble() : [], .. encoding.GetBytes(html)]).Add("photo.jpg", HostileImages.Jpeg);

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain(": warning ", run.Error);
        var written = site.Written("index.html");
        var preamble = byteOrderMark ? encoding.GetPreamble() : [];
        Assert.True(written.AsSpan().StartsWith(preamble));
        var text = encoding.GetString(written, preamble.Length, written.Length - preamble.Length);
        Assert.False(text.StartsWith('\uFEFF'), "one byte-order mark, not two");
        Assert.Contains($"<p>{Words}</p>", text);
        Assert.Contains($"alt=\"{Words}\"", text);
        Assert.Contains("width=480", text.Replace("\"", "", StringComparison.Ordinal));
        Assert.NotEqual(site.Source("index.html").Length, written.Length);
    }

    [Fact]
    public async Task Optimize_PageThatIsNotValidInTheEncodingItDeclares_IsCopiedAsItIsWithAWarning()
    {
        using var site = new HostileSite();
        site.Add("index.html", [.. "<!doctype html><meta charset=utf-8><p>caf"u8, 0xE9, .. "</p>  <p>x</p>"u8]);

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("index.html: warning SO2004: not valid utf-8: copied as it is, not rewritten or minified", run.Error);
        Assert.Equal(site.Source("index.html"), site.Written("index.html"));
    }

    [Fact]
    public async Task Optimize_PageDeclaringAnUnknownEncoding_IsCopiedAsItIsWithAWarning()
    {
        using var site = new HostileSite();
        site.Add("index.html", "<!doctype html><meta charset=klingon-8><p>x</p>   <p>y</p>");

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("index.html: warning SO2004: declares a character encoding this machine does not know", run.Error);
        Assert.Equal(site.Source("index.html"), site.Written("index.html"));
    }

    [Fact]
    public async Task Optimize_Windows1252PageWhoseRewriteNeedsACharacterItLacks_IsCopiedAsItIsWithAWarning()
    {
        using var site = new HostileSite();
        var html = "<!doctype html><meta charset=windows-1252><p>x</p>   <img src=\"ph&#x4E2D;.jpg\" alt=x>";
        site.Add("index.html", Encoding.GetEncoding(1252).GetBytes(html)).Add("ph中.jpg", HostileImages.Jpeg);

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("index.html: warning SO2004: the rewritten text has characters windows-1252 cannot hold: copied as it is", run.Error);
        Assert.Equal(site.Source("index.html"), site.Written("index.html"));
    }

    [Fact]
    public async Task Optimize_StylesheetDeclaringItsCharset_IsMinifiedInIt()
    {
        using var site = new HostileSite();
        var css = "@charset \"windows-1252\";\n/* a comment */\n.price::after {  content: \"€\";  }\n";
        site.Add("style.css", Encoding.GetEncoding(1252).GetBytes(css)).Page("<link rel=stylesheet href=style.css><p class=price>1</p>");

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var written = Encoding.GetEncoding(1252).GetString(site.Written("style.css"));
        Assert.DoesNotContain("a comment", written);
        // esbuild writes the euro sign as a CSS escape, which reads the same in any encoding.
        Assert.Contains("content:\"\\20ac\"", written);
    }
}
