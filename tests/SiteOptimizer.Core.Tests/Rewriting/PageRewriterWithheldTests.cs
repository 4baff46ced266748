using SiteOptimizer.Estimation;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Rewriting;

/// <summary>Kinds of change held back on one page (the estimate guard's second rewrite), on the golden cases' inputs.</summary>
public sealed class PageRewriterWithheldTests
{
    private static readonly GoldenFiles s_golden = new("Rewriting");

    [Fact]
    public void Rewrite_NothingWithheld_SaysWhichKindsItApplied()
    {
        var lazy = Rewrite("lazy-and-lcp");
        var fonts = Rewrite("fonts-imports-modules");

        Assert.Equal([ChangeKind.ResourceHints, ChangeKind.LazyLoading], lazy.Applied.Order());
        Assert.Equal([ChangeKind.ResourceHints, ChangeKind.FontPreloads], fonts.Applied.Order());
    }

    [Fact]
    public void Rewrite_LazyLoadingWithheld_LeavesBelowTheFoldImagesEager_AndKeepsTheRest()
    {
        var rewrite = Rewrite("lazy-and-lcp", ChangeKind.LazyLoading);

        Assert.DoesNotContain("loading=\"lazy\"", rewrite.Html);
        Assert.DoesNotContain("decoding=\"async\"", rewrite.Html);
        Assert.Contains("fetchpriority=\"high\"", rewrite.Html);
        Assert.Contains("<picture>", rewrite.Html);
        Assert.DoesNotContain(ChangeKind.LazyLoading, rewrite.Applied);
    }

    [Fact]
    public void Rewrite_ResourceHintsWithheld_AddsNoFetchPriority_ButStillRemovesLazyAboveTheFold()
    {
        var rewrite = Rewrite("lazy-and-lcp", ChangeKind.ResourceHints);

        Assert.DoesNotContain("fetchpriority", rewrite.Html);
        Assert.Contains("alt=\"first\" width=\"1600\" height=\"1000\" data-siteopt-size=\"\" srcset", rewrite.Html);
        Assert.Contains("alt=\"third\" width=\"1600\" height=\"1000\" data-siteopt-size=\"\" loading=\"lazy\"", rewrite.Html);
        Assert.Equal([ChangeKind.LazyLoading], rewrite.Applied);
    }

    [Fact]
    public void Rewrite_FontPreloadsWithheld_KeepsTheOtherHints()
    {
        var rewrite = Rewrite("fonts-imports-modules", ChangeKind.FontPreloads);

        Assert.DoesNotContain("as=\"font\"", rewrite.Html);
        Assert.Contains("<link rel=\"preload\" href=\"css/base.css\" as=\"style\">", rewrite.Html);
        Assert.Contains("<link rel=\"modulepreload\" href=\"js/greet.js\">", rewrite.Html);
        Assert.All(rewrite.Preloads, p => Assert.NotEqual("font", p.As));
        Assert.Equal([ChangeKind.ResourceHints], rewrite.Applied);
    }

    [Fact]
    public void Rewrite_EveryKindWithheld_AddsNoHintAtAll()
    {
        var rewrite = Rewrite("fonts-imports-modules", ChangeKind.FontPreloads, ChangeKind.ResourceHints, ChangeKind.LazyLoading);

        Assert.Empty(rewrite.Preloads);
        Assert.Empty(rewrite.Applied);
        Assert.DoesNotContain("preload", rewrite.Html ?? s_golden.Read("fonts-imports-modules", "input.html"));
    }

    private static SiteOptimizer.Rewriting.PageRewrite Rewrite(string testCase, params ChangeKind[] withheld) =>
        PageRewriterTests.Rewriter(testCase).Rewrite("index.html", s_golden.Read(testCase, "input.html"), withheld.ToHashSet());
}
