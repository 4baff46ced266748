using SiteOptimizer.Measurement;

namespace SiteOptimizer.Tests;

public sealed class MedianTests
{
    [Fact]
    public void Of_OddCount_IsTheMiddleValue() => Assert.Equal(3, Median.Of([9, 1, 3, 2, 100]));

    [Fact]
    public void Of_EvenCount_IsTheMeanOfTheTwoMiddleValues() => Assert.Equal(2.5, Median.Of([4, 1, 2, 3]));

    [Fact]
    public void Of_NoValues_Throws() => Assert.Throws<ArgumentException>(() => Median.Of([]));
}
