using System.Text.RegularExpressions;
using SiteOptimizer.Cli;

namespace SiteOptimizer.Tests.Hostile;

/// <summary>
/// Pages and stylesheets whose markup and URLs are odd or hostile, and links in the site
/// folder that lead elsewhere: the run finishes, nothing outside the site is read or copied,
/// and every reference in the output still leads to a file of the output.
/// </summary>
public sealed partial class HostileReferenceTests
{
    [Fact]
    public async Task Optimize_MalformedMarkup_FinishesAndItsImagesStillResolve()
    {
        using var site = new HostileSite();
        site.Add("photo.jpg", HostileImages.Jpeg).Add("index.html",
            "<html><body><div><p>unclosed <b>bold <i>both</b></i> <img src=photo.jpg alt=x<b></div></span></td>\n<table><tr><img src=\"photo.jpg\"><td>cell</table><!-- never closed <img src=nothing.jpg");

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain(": warning ", run.Error);
        AssertEveryImageReferenceResolves(site, "index.html");
    }

    [Fact]
    public async Task Optimize_CssWithCommentsEscapesAndDataUris_FollowsOnlyRealReferencesAndKeepsTheDataUris()
    {
        using var site = new HostileSite();
        const string pixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
        site.Add("image.jpg", HostileImages.Jpeg).Add("sp ace.jpg", HostileImages.Jpeg).Add("style.css", $$"""
            /* .old { background: url(commented-out.png) } */
            .a { background-image: url("im\61 ge.jpg"); }
            .b { background-image: url({{pixel}}); }
            .c { background-image: url('sp ace.jpg'); }
            .d::before { content: "url(not-a-reference.png)"; }
            """).Page("<link rel=stylesheet href=style.css><div class=a>a</div><div class=b>b</div><div class=c>c</div>");

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain(": warning ", run.Error);
        var css = site.WrittenText("style.css");
        Assert.Contains(pixel, css);
        Assert.Contains("image.avif", css);
    }

    [Fact]
    public async Task Optimize_UrlsWithSpacesEscapesUnicodeQueriesAndFragments_AllResolve()
    {
        using var site = new HostileSite();
        site.Add("my photo.jpg", HostileImages.Jpeg).Add("café.jpg", HostileImages.Jpeg).Add("a+b&c.jpg", HostileImages.Jpeg).Add("q.jpg", HostileImages.Jpeg).Page("""
            <img src="my photo.jpg" alt=1> <img src="my%20photo.jpg" alt=2> <img src="café.jpg" alt=3>
            <img src="caf%C3%A9.jpg" alt=4> <img src="a+b&amp;c.jpg" alt=5> <img src="q.jpg?v=2#top" alt=6>
            <a href="#section">here</a> <a href="?page=2">next</a>
            """);

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain(": warning ", run.Error);
        AssertEveryImageReferenceResolves(site, "index.html");
        Assert.Contains("caf%C3%A9.avif", site.WrittenText("index.html"));
    }

    [Fact]
    public async Task Optimize_JavascriptAndFileUrls_AreNeverFetchedOrWritten()
    {
        using var site = new HostileSite();
        File.WriteAllText(Path.Combine(site.Outside, "secret.css"), "body { color: red }");
        site.Page($"""
            <a href="javascript:alert(1)">js</a> <img src="javascript:alert(2)" alt=x> <a href="JaVaScRiPt:void(0)">js</a>
            <img src="file:///etc/passwd" alt=y> <link rel=stylesheet href="file://{site.Outside}/secret.css"> <a href="file:///etc/">dir</a>
            """);

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["index.html"], site.WrittenFiles());
        Assert.Contains("javascript:alert(1)", site.WrittenText("index.html"));
    }

    [Theory]
    [InlineData("../outside/secret.jpg")]
    [InlineData("/../../outside/secret.jpg")]
    [InlineData("..%2Foutside%2Fsecret.jpg")]
    [InlineData("%2e%2e/outside/secret.jpg")]
    [InlineData("..\\outside\\secret.jpg")]
    public async Task Optimize_PathThatClimbsOutOfTheSite_IsABrokenReferenceAndNothingOutsideIsRead(string reference)
    {
        using var site = new HostileSite();
        File.WriteAllBytes(Path.Combine(site.Outside, "secret.jpg"), HostileImages.Jpeg);
        site.Page($"<img src=\"{reference}\" alt=x>");

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"index\.html\(\d+,\d+\): warning SO2002: ", run.Error);
        Assert.Equal(["index.html"], site.WrittenFiles());
    }

    [Fact]
    public async Task Optimize_LinksInTheSiteFolder_FollowsThoseInsideAndNamesThoseLeadingOut()
    {
        using var site = new HostileSite();
        File.WriteAllBytes(Path.Combine(site.Outside, "secret.jpg"), HostileImages.Jpeg);
        site.Add("images/photo.jpg", HostileImages.Jpeg).Page("<img src=latest.jpg alt=1><img src=secret.jpg alt=2><img src=elsewhere/secret.jpg alt=3>");
        File.CreateSymbolicLink(Path.Combine(site.Root, "latest.jpg"), "images/photo.jpg");
        File.CreateSymbolicLink(Path.Combine(site.Root, "secret.jpg"), Path.Combine(site.Outside, "secret.jpg"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "gone.jpg"), "nowhere.jpg");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "elsewhere"), site.Outside);

        var run = await site.OptimizeAsync();

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"secret.jpg: warning SO2001: not copied: a link to {Path.Combine(site.Outside, "secret.jpg")}, outside the site folder", run.Error);
        Assert.Contains($"elsewhere: warning SO2001: not copied: a link to {site.Outside}, outside the site folder", run.Error);
        Assert.Contains("gone.jpg: warning SO2001: not copied: a link to nowhere.jpg, which does not exist", run.Error);
        Assert.DoesNotContain("latest.jpg: warning", run.Error);
        Assert.Contains("latest.jpg", site.WrittenFiles());
        Assert.DoesNotContain(site.WrittenFiles(), f => f.Contains("secret", StringComparison.Ordinal) || f.StartsWith("elsewhere", StringComparison.Ordinal));
        Assert.Equal(["secret.jpg"], Directory.GetFiles(site.Outside).Select(Path.GetFileName));
    }

    // Every src and srcset URL of the page's images names a file of the output.
    private static void AssertEveryImageReferenceResolves(HostileSite site, string page)
    {
        var html = site.WrittenText(page);
        var baseUrl = new Uri("http://site.invalid/" + page);
        var urls = ImageUrl().Matches(html)
            .SelectMany(m => m.Groups[1].Value == "src" ? [m.Groups[2].Value] : m.Groups[2].Value.Split(',').Select(c => c.Trim().Split(' ')[0]))
            .Where(u => u.Length > 0).ToList();
        Assert.NotEmpty(urls);
        foreach (var url in urls)
        {
            var path = Uri.UnescapeDataString(new Uri(baseUrl, System.Net.WebUtility.HtmlDecode(url)).AbsolutePath).TrimStart('/');
            Assert.True(site.WasWritten(path), $"{url} → {path} is not in the output");
        }
    }

    [GeneratedRegex("\\b(src|srcset)=\"([^\"]*)\"")]
    private static partial Regex ImageUrl();
}
