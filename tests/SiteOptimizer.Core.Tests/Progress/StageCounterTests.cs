using SiteOptimizer.Progress;

namespace SiteOptimizer.Tests.Progress;

public sealed class StageCounterTests
{
    [Fact]
    public void Counter_UpdatedFromManyThreadsAtOnce_ReportsEveryStepInOrderAndNeverMoreDoneThanKnown()
    {
        var recorded = new RecordedProgress();
        var counter = new StageCounter(PipelineStage.Crawl, recorded, TimeProvider.System);

        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            counter.Expect(1);
            counter.Completed(10);
        });
        counter.Finish();

        var reports = recorded.Reports;
        Assert.Equal(4_001, reports.Count);
        Assert.All(reports, r => Assert.True(r.Done <= r.Total, $"{r.Done} done of {r.Total}"));
        Assert.All(reports.Zip(reports.Skip(1)), pair => Assert.True(pair.Second.Done >= pair.First.Done && pair.Second.Total >= pair.First.Total));
        var last = reports[^1];
        Assert.Equal((2_000, 2_000, 20_000L, true), (last.Done, last.Total, last.Bytes, last.IsComplete));
        Assert.Single(reports, r => r.IsComplete);
    }

    [Fact]
    public void Counter_AfterFinish_ReportsNothingMore()
    {
        var recorded = new RecordedProgress();
        var counter = new StageCounter(PipelineStage.Images, recorded, TimeProvider.System);
        counter.Expect(2);
        counter.Finish();

        counter.Completed(5);
        counter.Finish();

        Assert.Equal(2, recorded.Reports.Count);
        Assert.True(recorded.Reports[^1].IsComplete);
    }

    [Fact]
    public void Counter_ItemsNobodyAnnounced_CountAsKnown()
    {
        var recorded = new RecordedProgress();
        var counter = new StageCounter(PipelineStage.Images, recorded, TimeProvider.System);

        counter.Completed(100);

        Assert.Equal((1, 1), (recorded.Reports[^1].Done, recorded.Reports[^1].Total));
    }
}
