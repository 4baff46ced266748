using SiteOptimizer.Cli.Output;
using SiteOptimizer.Progress;

namespace SiteOptimizer.Tests.Output;

public sealed class ProgressDisplayTests
{
    private const char Escape = '\u001b';

    [Fact]
    public void Bars_OnATerminal_DrawOneBarPerStageThenRedrawThemInPlace()
    {
        using var output = new StringWriter();
        using var display = new ProgressDisplay(output, ProgressMode.Bars, new StoppedClock());
        display.Report(Running(PipelineStage.Crawl, 2, 4));
        display.Report(Running(PipelineStage.Images, 0, 3));

        display.Tick();
        var first = output.ToString();
        display.Report(new StageProgress(PipelineStage.Crawl, 4, 4, 4_000, TimeSpan.FromSeconds(2), IsComplete: true));
        display.Tick();
        var second = output.ToString()[first.Length..];

        var bars = first.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, bars.Length);
        Assert.Matches(@"^\u001b\[2Kcrawl +\[█{10}░{10}\] +2/4 +URLs +2\.0 KB/s +1\.00 s$", bars[0]);
        Assert.Matches(@"^\u001b\[2Kimages +\[░{20}\] +0/3 +images +0\.00/s +1\.00 s$", bars[1]);
        Assert.All(bars, bar => Assert.True(bar.Length - "\u001b[2K".Length < 80, $"{bar.Length} columns: {bar}"));
        Assert.StartsWith($"{Escape}[2A\r", second, StringComparison.Ordinal);
        Assert.Matches(@"crawl +\[█{20}\] +4/4 .* done", second);
    }

    [Fact]
    public void Bars_WhenDisposed_LeaveTheFinalStateOnScreen()
    {
        using var output = new StringWriter();
        var display = new ProgressDisplay(output, ProgressMode.Bars, new StoppedClock());
        display.Report(new StageProgress(PipelineStage.Rewrite, 7, 7, 38_000, TimeSpan.FromMilliseconds(250), IsComplete: true));

        display.Dispose();
        display.Report(Running(PipelineStage.Text, 1, 9));
        display.Tick();

        Assert.Matches(@"rewrite +\[█{20}\] +7/7 +pages +28/s +250 ms +done\n$", output.ToString());
    }

    [Fact]
    public void Lines_WhenRedirected_WriteASentenceAsEachStageFinishesAndNoEscapes()
    {
        using var output = new StringWriter();
        using var display = new ProgressDisplay(output, ProgressMode.Lines, new StoppedClock());

        display.Report(Running(PipelineStage.Crawl, 1, 4));
        var whileRunning = output.ToString();
        display.Report(new StageProgress(PipelineStage.Crawl, 4, 4, 2_000_000, TimeSpan.FromSeconds(2), IsComplete: true));
        display.Report(new StageProgress(PipelineStage.Images, 0, 0, 0, TimeSpan.Zero, IsComplete: true));

        Assert.Equal("", whileRunning);
        Assert.Equal("crawl: 4 URLs (2.00 MB) in 2.00 s: 2.0 URLs/s, 1.00 MB/s\n", output.ToString().ReplaceLineEndings("\n"));
        Assert.DoesNotContain(Escape, output.ToString());
    }

    [Fact]
    public void Lines_ForALongStage_SayItIsAliveOnlyWhenItMoved()
    {
        using var output = new StringWriter();
        using var display = new ProgressDisplay(output, ProgressMode.Lines, new StoppedClock());
        display.Report(new StageProgress(PipelineStage.Images, 3, 24, 900_000, TimeSpan.FromSeconds(40), IsComplete: false));

        display.Tick();
        display.Tick();
        display.Report(new StageProgress(PipelineStage.Images, 4, 24, 1_000_000, TimeSpan.FromSeconds(50), IsComplete: false));
        display.Tick();

        Assert.Equal(
            "images: 3/24 images after 40.00 s: 0.08 images/s, 22.5 KB/s\nimages: 4/24 images after 50.00 s: 0.08 images/s, 20.0 KB/s\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Mode_ForAWriterThatIsNotTheConsole_IsPlainLinesAndNothingWhenQuiet()
    {
        using var output = new StringWriter();

        Assert.Equal(ProgressMode.Lines, ProgressModes.For(output, quiet: false));
        Assert.Equal(ProgressMode.None, ProgressModes.For(output, quiet: true));
    }

    private static StageProgress Running(PipelineStage stage, int done, int total) =>
        new(stage, done, total, done * 1_000L, TimeSpan.FromSeconds(1), IsComplete: false);
}
