using System.Globalization;
using SiteOptimizer.Progress;
using SiteOptimizer.Reports;

namespace SiteOptimizer.Cli.Output;

/// <summary>One stage's progress as text: a bar for a terminal, a sentence for a log.</summary>
internal static class StageLine
{
    // Name, bar, counts, rate, time and "done" fit in 79 columns, so a bar never wraps on an 80-column terminal.
    private const int BarWidth = 20;

    public static string Bar(StageProgress stage)
    {
        var filled = stage.Total > 0 ? (int)Math.Round((double)stage.Done / stage.Total * BarWidth) : stage.IsComplete ? BarWidth : 0;
        var bar = new string('█', filled) + new string('░', BarWidth - filled);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Name(stage.Stage),-8}[{bar}] {stage.Done,5}/{stage.Total,-5} {Unit(stage.Stage),-6} {MainRate(stage),14} {ReportFormat.Milliseconds(stage.Elapsed.TotalMilliseconds),8}{(stage.IsComplete ? "  done" : "")}");
    }

    public static string Finished(StageProgress stage) => string.Create(CultureInfo.InvariantCulture,
        $"{Name(stage.Stage)}: {stage.Done} {Unit(stage.Stage)} ({ReportFormat.Bytes(stage.Bytes)}) in {ReportFormat.Milliseconds(stage.Elapsed.TotalMilliseconds)}: {Rates(stage)}");

    public static string Running(StageProgress stage) => string.Create(CultureInfo.InvariantCulture,
        $"{Name(stage.Stage)}: {stage.Done}/{stage.Total} {Unit(stage.Stage)} after {ReportFormat.Milliseconds(stage.Elapsed.TotalMilliseconds)}: {Rates(stage)}");

    // The crawl is held back by the network, so bytes per second; the others by the CPU, so items per second.
    private static string MainRate(StageProgress stage) => stage.Stage == PipelineStage.Crawl
        ? $"{ReportFormat.Bytes((long)stage.BytesPerSecond)}/s"
        : $"{Rate(stage.ItemsPerSecond)}/s";

    private static string Rates(StageProgress stage) => string.Create(CultureInfo.InvariantCulture,
        $"{Rate(stage.ItemsPerSecond)} {Unit(stage.Stage)}/s, {ReportFormat.Bytes((long)stage.BytesPerSecond)}/s");

    // Two significant digits at least: a slow encoder's 0.07 images/s is not 0.0.
    private static string Rate(double perSecond) =>
        perSecond.ToString(perSecond >= 10 ? "0" : perSecond >= 1 ? "0.0" : "0.00", CultureInfo.InvariantCulture);

    private static string Name(PipelineStage stage) => stage.ToString().ToLowerInvariant();

    private static string Unit(PipelineStage stage) => stage switch
    {
        PipelineStage.Crawl => "URLs",
        PipelineStage.Images => "images",
        PipelineStage.Rewrite => "pages",
        _ => "files",
    };
}
