using SiteOptimizer.Caching;
using SiteOptimizer.Configuration;
using SiteOptimizer.Imaging;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Caching;

/// <summary>
/// A four-image site made from sample-site files (two photographs in a page, one as a CSS
/// background, an icon), and light settings, so a test can afford several runs.
/// </summary>
internal sealed class SmallSite : IDisposable
{
    private readonly TempDirectory _temp = new();

    public SmallSite()
    {
        Directory.CreateDirectory(Site);
        Copy("images/gallery/bridge-cables.jpg", "a.jpg");
        Copy("images/gallery/dandelion-seeds.jpg", "b.jpg");
        Copy("images/gallery/dragonfly.jpg", "hero.jpg");
        Copy("images/logo.png", "logo.png");
        Copy("css/main.css", "main.css");
        File.AppendAllText(Path.Combine(Site, "main.css"), "\n.hero { background-image: url(hero.jpg) }\n");
        File.WriteAllText(Path.Combine(Site, "index.html"), """
            <!doctype html><html><head><title>small</title><link rel="stylesheet" href="main.css"></head>
            <body><div class="hero"></div><img src="logo.png" alt="logo"><img src="a.jpg" alt="a"><img src="b.jpg" alt="b"></body></html>
            """);
    }

    public const int Images = 4;

    public string Site => _temp.Combine("site");

    public string CacheFolder => _temp.Combine("cache");

    public string Output(string name) => _temp.Combine(name);

    public OptimizerOptions Options(bool cache = true) => new()
    {
        Images = new ImageOptions { MaxWidth = 480, Widths = [240], Avif = new AvifOptions { Effort = 0 } },
        Cache = new CacheOptions { Enabled = cache, Path = CacheFolder },
    };

    public void Copy(string sampleFile, string siteFile) => File.Copy(TestPaths.SampleImage(sampleFile), Path.Combine(Site, siteFile), overwrite: true);

    /// <summary>Every file under a folder, by relative path, with its bytes.</summary>
    public static Dictionary<string, byte[]> Files(string folder) => Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(path => Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    public static void AssertSameFiles(string expected, string actual)
    {
        var first = Files(expected);
        var second = Files(actual);
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.All(first, pair => Assert.True(pair.Value.SequenceEqual(second[pair.Key]), $"{pair.Key} differs"));
    }

    public void Dispose() => _temp.Dispose();
}
