using SiteOptimizer.Measurement.Accuracy;

namespace SiteOptimizer.Tests.Accuracy;

public sealed class ErrorFiguresTests
{
    [Fact]
    public void ErrorPercent_IsTheMissAsAShareOfTheMeasuredSaving()
    {
        Assert.Equal(25, new SavingError("a.html", PredictedMs: 750, MeasuredMs: 1000).ErrorPercent, 9);
        Assert.Equal(25, new SavingError("a.html", PredictedMs: 1250, MeasuredMs: 1000).ErrorPercent, 9);
        Assert.Equal(150, new SavingError("a.html", PredictedMs: 100, MeasuredMs: -200).ErrorPercent, 9);
    }

    [Fact]
    public void ErrorPercent_NothingMeasuredButSomethingPredicted_IsInfinite() =>
        Assert.Equal(double.PositiveInfinity, new SavingError("a.html", 100, 0).ErrorPercent);

    [Fact]
    public void SignAgrees_ARegressionPredictedAsASaving_DoesNot()
    {
        Assert.False(new SavingError("a.html", PredictedMs: 300, MeasuredMs: -40).SignAgrees);
        Assert.True(new SavingError("a.html", PredictedMs: -300, MeasuredMs: -40).SignAgrees);
    }

    [Fact]
    public void Figures_MedianWorstAndSigns_AreOverThePages()
    {
        var figures = new ErrorFigures("LCP",
        [
            new SavingError("a.html", 900, 1000),
            new SavingError("b.html", 1300, 1000),
            new SavingError("c.html", -100, 1000),
        ]);

        Assert.Equal(30, figures.MedianErrorPercent, 9);
        Assert.Equal(("c.html", 110.0), (figures.Worst.Page, Math.Round(figures.Worst.ErrorPercent, 9)));
        Assert.Equal(2, figures.SignsRight);
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/blog/", "blog/index.html")]
    [InlineData("/about.html", "about.html")]
    [InlineData("blog/spring-macro.html", "blog/spring-macro.html")]
    [InlineData("https://127.0.0.1:4000/blog/", "blog/index.html")]
    public void FilePath_EstimatePageNames_MatchTheMeasuredFiles(string page, string file) =>
        Assert.Equal(file, PredictionCheck.FilePath(page));
}
