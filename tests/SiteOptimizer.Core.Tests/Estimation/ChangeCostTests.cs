using SiteOptimizer.Estimation;

namespace SiteOptimizer.Tests.Estimation;

public sealed class ChangeCostTests
{
    [Theory]
    [InlineData(10, 0, true)]
    [InlineData(0, 10, true)]
    [InlineData(140, 140, true)]
    [InlineData(-100, 140, true)]
    [InlineData(-500, 10, false)]
    [InlineData(90, -190, false)]
    [InlineData(100, -100, false)]
    [InlineData(0, 0, false)]
    [InlineData(-370, -370, false)]
    public void Harms_WhenItCostsLcpOrFcpAndSavesLessOnTheOther(double lcpMs, double fcpMs, bool harms) =>
        Assert.Equal(harms, new ChangeCost(ChangeKind.FontPreloads, lcpMs, fcpMs).Harms);
}
