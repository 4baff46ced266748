using SiteOptimizer.Imaging;
using SiteOptimizer.Rewriting;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Rewriting;

/// <summary>
/// One golden case per rule: <c>Rewriting/TestData/&lt;case&gt;/input.html</c> (and any CSS or JS
/// beside it) is rewritten as <c>index.html</c> of a site whose images are made up in
/// <see cref="Catalog"/>, and compared with <c>expected.html</c>.
/// </summary>
public sealed class PageRewriterTests
{
    private static readonly GoldenFiles s_golden = new("Rewriting");

    public static TheoryData<string> Cases() => new(Directory
        .GetDirectories(Path.Combine(TestPaths.RepoRoot, "tests", "SiteOptimizer.Core.Tests", "Rewriting", "TestData"))
        .Select(Path.GetFileName)
        .OfType<string>()
        .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rewrite_Case_MatchesItsGoldenFile(string testCase)
    {
        var input = s_golden.Read(testCase, "input.html");

        var rewrite = Rewriter(testCase).Rewrite("index.html", input);

        s_golden.AssertMatches(testCase, rewrite.Html ?? input);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rewrite_ItsOwnOutput_ChangesNothing(string testCase)
    {
        var input = s_golden.Read(testCase, "input.html");
        var once = Rewriter(testCase).Rewrite("index.html", input).Html ?? input;

        var twice = Rewriter(testCase).Rewrite("index.html", once);

        Assert.Null(twice.Html);
        Assert.Empty(twice.Preloads);
    }

    internal static PageRewriter Rewriter(string testCase)
    {
        string? ReadText(string path)
        {
            var file = Path.Combine(s_golden.Folder(testCase), path);
            return File.Exists(file) ? File.ReadAllText(file) : null;
        }
        var catalog = Catalog();
        var imageSet = testCase.Contains("image-set", StringComparison.Ordinal) ? new HashSet<string> { "images/hero.jpg" } : [];
        return new PageRewriter(catalog, ReadText, imageSet, new HintsOptions());
    }

    /// <summary>Photos of 1600×1000 with AVIF/WebP at 640, 1280 and full width; a 1920×1280 hero; a 32×32 icon.</summary>
    private static ImageCatalog Catalog()
    {
        var catalog = new ImageCatalog();
        foreach (var photo in new[] { "images/photo.jpg", "images/second.jpg", "images/third.jpg" })
        {
            Add(catalog, photo, new ProbedImage(ImageFormat.Jpeg, 1600, 1000, false), [640, 1280, 1600]);
        }
        Add(catalog, "images/hero.jpg", new ProbedImage(ImageFormat.Jpeg, 1920, 1280, false), [1920]);
        Add(catalog, "images/icon.png", new ProbedImage(ImageFormat.Png, 32, 32, false), []);
        return catalog;
    }

    private static void Add(ImageCatalog catalog, string path, ProbedImage probe, int[] widths)
    {
        var variants = widths.SelectMany(w => new[] { ImageFormat.Avif, ImageFormat.WebP, ImageFormat.Jpeg }
                .Where(f => f != ImageFormat.Jpeg || w != probe.Width)
                .Select(f => new EncodedImage(f, [], w, (int)Math.Round((double)w * probe.Height / probe.Width))))
            .ToList();
        var result = new ImageResult(path, probe.Format, 1, null, variants, 1, TimeSpan.Zero, null);
        catalog.Add(path, probe, result, v => VariantNames.For(path, v, probe.Width));
    }
}
