using System.IO.Compression;
using System.Text;
using SiteOptimizer.Measurement.Hosting;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Hosting;

public sealed class StaticHostTests : IDisposable
{
    private const string Browser = "gzip, deflate, br, zstd";

    private readonly TempDirectory _site = new();
    private readonly StaticHost _host;

    public StaticHostTests()
    {
        File.WriteAllText(_site.Combine("index.html"), "<!doctype html><title>home</title>" + new string('x', 2000));
        File.WriteAllBytes(_site.Combine("index.html.br"), [1, 2, 3]);
        File.WriteAllBytes(_site.Combine("index.html.gz"), [4, 5]);
        File.WriteAllText(_site.Combine("app.js"), "console.log('hello');" + new string(' ', 500));
        File.WriteAllBytes(_site.Combine("photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0]);
        Directory.CreateDirectory(_site.Combine("blog"));
        File.WriteAllText(_site.Combine("blog", "index.html"), "<p>blog</p>");
        _host = new StaticHost(_site.Path);
    }

    [Fact]
    public async Task Resolve_BrotliSiblingAndBrowserAcceptsIt_ServesTheSibling()
    {
        var response = await _host.ResolveAsync("/index.html", Browser, default);

        Assert.Equal("br", response!.ContentEncoding);
        Assert.Equal([1, 2, 3], response.Body.ToArray());
        Assert.StartsWith("text/html", response.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_BrowserAcceptsOnlyGzip_ServesTheGzipSibling()
    {
        var response = await _host.ResolveAsync("/index.html", "gzip", default);

        Assert.Equal("gzip", response!.ContentEncoding);
        Assert.Equal([4, 5], response.Body.ToArray());
    }

    [Fact]
    public async Task Resolve_TextWithoutSibling_IsGzippedOnTheFly()
    {
        var response = await _host.ResolveAsync("/app.js", Browser, default);

        Assert.Equal("gzip", response!.ContentEncoding);
        using var gzip = new GZipStream(new MemoryStream(response.Body.ToArray()), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        Assert.Equal(await File.ReadAllTextAsync(_site.Combine("app.js")), await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Resolve_Image_IsSentAsStored()
    {
        var response = await _host.ResolveAsync("/photo.jpg", Browser, default);

        Assert.Equal((null, "image/jpeg"), (response!.ContentEncoding, response.ContentType));
        Assert.Equal(await File.ReadAllBytesAsync(_site.Combine("photo.jpg")), response.Body.ToArray());
    }

    [Fact]
    public async Task Resolve_Folder_ServesItsIndexPage()
    {
        var response = await _host.ResolveAsync("/blog/", "", default);

        Assert.Equal("<p>blog</p>", Encoding.UTF8.GetString(response!.Body.Span));
    }

    [Theory]
    [InlineData("/missing.html")]
    [InlineData("/../outside.txt")]
    [InlineData("/%2e%2e/outside.txt")]
    public async Task Resolve_NoSuchFileInTheSite_IsNotFound(string path)
    {
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(_site.Path)!, "outside.txt"), "secret");

        Assert.Null(await _host.ResolveAsync(path, Browser, default));
    }

    public void Dispose() => _site.Dispose();
}
