using SiteOptimizer.Measurement.Hosting;

namespace SiteOptimizer.Tests.Hosting;

public sealed class CongestionWindowTests
{
    private const long RoundTrip = 1000;
    private const int Segment = 1460;

    [Fact]
    public void Admit_FirstTenSegments_LeaveAtOnce()
    {
        var window = new CongestionWindow(RoundTrip);

        var times = Enumerable.Range(0, 10).Select(_ => window.Admit(Segment, 5)).ToList();

        Assert.All(times, time => Assert.Equal(5, time));
    }

    [Fact]
    public void Admit_EleventhSegment_WaitsOneRoundTrip()
    {
        var window = new CongestionWindow(RoundTrip);
        for (var i = 0; i < 10; i++)
        {
            window.Admit(Segment, 0);
        }

        Assert.Equal(RoundTrip, window.Admit(Segment, 0));
    }

    [Fact]
    public void Admit_WindowFilled_DoublesInTheNextRoundTrip()
    {
        var window = new CongestionWindow(RoundTrip);
        var rounds = new List<long>();
        for (var i = 0; i < 10 + 20 + 1; i++)
        {
            rounds.Add(window.Admit(Segment, 0));
        }

        // 10 segments in the first round trip, 20 in the second, then the third begins.
        Assert.Equal(10, rounds.Count(time => time == 0));
        Assert.Equal(20, rounds.Count(time => time == RoundTrip));
        Assert.Equal(2 * RoundTrip, rounds[^1]);
    }

    [Fact]
    public void Admit_AfterAnIdleRoundTrip_SendsAtOnce()
    {
        var window = new CongestionWindow(RoundTrip);
        window.Admit(Segment, 0);

        Assert.Equal(5 * RoundTrip, window.Admit(Segment, 5 * RoundTrip));
    }
}
