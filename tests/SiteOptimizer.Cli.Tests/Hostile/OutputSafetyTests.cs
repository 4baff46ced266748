using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SiteOptimizer.Cli;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Hostile;

/// <summary>
/// Whatever a URL or a file name says, nothing is written outside the output folder, and the
/// site folder is never changed unless <c>--in-place</c> asks for it.
/// </summary>
public sealed class OutputSafetyTests
{
    private static readonly string[] s_hostileUrls =
    [
        "/a/..%2F..%2F..%2Fescape-encoded-slash.css",
        "/%2e%2e/%2e%2e/escape-dots.png",
        "/..%5C..%5Cescape-backslash.png",
        "/%2Fetc%2Fescape-absolute.png",
        "/C:%5CWindows%5Cescape-drive.png",
        "/" + new string('n', 300) + ".png",
        "/" + string.Join('/', Enumerable.Repeat(new string('d', 200), 25)) + "/deep.png",
        "/reserved%3C%3E%3A%22%7C%3F%2A%5C.png",
        "/control%01%1F%7F.png",
        "/query.png?../../../escape-query",
        "/redirect-out",
    ];

    [Fact]
    public async Task Optimize_UrlsWithHostileNames_WritesNothingOutsideTheOutputFolder()
    {
        using var temp = new TempDirectory();
        var links = string.Concat(s_hostileUrls.Select(u => $"<img src=\"{u}\" alt=x>\n"));
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/", () => Results.Content($"<!doctype html><title>t</title><link rel=stylesheet href=\"{s_hostileUrls[0]}\">{links}", "text/html"));
            app.MapGet("/redirect-out", () => Results.Redirect("/../../../escape-redirect.png"));
            app.MapGet("/{**path}", (HttpContext context) => context.Request.Path.Value!.EndsWith(".css", StringComparison.Ordinal)
                ? Results.Text("body { background: url(../../../escape-from-css.png) }", "text/css")
                : Results.Bytes(HostileImages.Icon, "image/png"));
        });
        var outputParent = Directory.CreateDirectory(temp.Combine("inside")).FullName;
        var output = Path.Combine(outputParent, "out");

        var run = await CliRun.RunAsync("optimize", server.Root.AbsoluteUri, "-o", output, "--no-report", "--ignore-robots");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Equal([output], Directory.GetFileSystemEntries(outputParent));
        Assert.Equal([outputParent], Directory.GetFileSystemEntries(temp.Path));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetTempPath(), "escape-*"));
        var written = Directory.GetFiles(output, "*", SearchOption.AllDirectories);
        Assert.All(written, f => Assert.StartsWith(output + Path.DirectorySeparatorChar, Path.GetFullPath(f), StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(output, "*", SearchOption.AllDirectories), f => new FileInfo(f).LinkTarget is not null);
        Assert.Contains(written, f => f.EndsWith("escape-dots.png", StringComparison.Ordinal));
        Assert.Contains(written, f => f.EndsWith("deep.png", StringComparison.Ordinal) || run.Error.Contains("deep.png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Optimize_HostileSiteFolder_LeavesEveryFileOfTheSiteAsItWas()
    {
        using var site = new HostileSite();
        site.Add("photo.jpg", HostileImages.Jpeg).Add("truncated.jpg", HostileImages.Truncated(HostileImages.Jpeg, 0.5))
            .Add("bomb.png", HostileImages.PngBomb(20_000, 20_000)).Add("moving.gif", HostileImages.Animation("gifsave_buffer", 3))
            .Add("style.css", "/* c */ .a { background: url(photo.jpg) }").Add("sub/page.html", "<img src=../photo.jpg alt=x>  <p>x</p>")
            .Page("<link rel=stylesheet href=style.css><img src=photo.jpg alt=x><img src=../../escape.jpg alt=y><a href=sub/page.html>p</a>");
        File.CreateSymbolicLink(Path.Combine(site.Root, "latest.jpg"), "photo.jpg");
        var before = TreeHash(site.Root);

        var run = await site.OptimizeAsync();
        var again = await site.OptimizeAsync();

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (run.ExitCode, again.ExitCode));
        Assert.Equal(before, TreeHash(site.Root));
        Assert.NotEqual(site.Source("photo.jpg"), site.Written("photo.jpg"));
    }

    [Fact]
    public async Task Optimize_InPlace_ChangesOnlyFilesItImproves()
    {
        using var site = new HostileSite();
        site.Add("photo.jpg", HostileImages.Jpeg).Add("truncated.jpg", HostileImages.Truncated(HostileImages.Jpeg, 0.5)).Page("<img src=photo.jpg alt=x>");
        var before = TreeHash(site.Root);

        var run = await CliRun.RunAsync("optimize", site.Root, "--in-place", "--no-report");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var after = TreeHash(site.Root);
        Assert.NotEqual(before["photo.jpg"], after["photo.jpg"]);
        Assert.Equal(before["truncated.jpg"], after["truncated.jpg"]);
        Assert.Empty(Directory.GetFiles(site.Root, "*.siteopt-tmp", SearchOption.AllDirectories));
    }

    // Every entry under the folder (links as links), with a hash of each file's bytes.
    private static Dictionary<string, string> TreeHash(string root) =>
        Directory.GetFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(
                path => Path.GetRelativePath(root, path),
                path => new FileInfo(path).LinkTarget is { } target ? "link → " + target
                    : Directory.Exists(path) ? "folder"
                    : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));
}
