using System.Globalization;
using SiteOptimizer.Progress;
using SiteOptimizer.Reports;

namespace SiteOptimizer.Cli.Output;

/// <summary>One stage's progress as text: a bar for a terminal, a sentence for a log.</summary>
internal static class StageLine
{
    private const int BarWidth = 24;

    public static string Bar(StageProgress stage)
    {
        var filled = stage.Total > 0 ? (int)Math.Round((double)stage.Done / stage.Total * BarWidth) : stage.IsComplete ? BarWidth : 0;
        var bar = new string('█', filled) + new string('░', BarWidth - filled);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Name(stage.Stage),-8}[{bar}] {stage.Done,5}/{stage.Total,-5} {Unit(stage.Stage),-6} {Rates(stage),-24} {ReportFormat.Milliseconds(stage.Elapsed.TotalMilliseconds),8}{(stage.IsComplete ? "  done" : "")}");
    }

    public static string Finished(StageProgress stage) => string.Create(CultureInfo.InvariantCulture,
        $"{Name(stage.Stage)}: {stage.Done} {Unit(stage.Stage)} ({ReportFormat.Bytes(stage.Bytes)}) in {ReportFormat.Milliseconds(stage.Elapsed.TotalMilliseconds)}: {Rates(stage)}");

    public static string Running(StageProgress stage) => string.Create(CultureInfo.InvariantCulture,
        $"{Name(stage.Stage)}: {stage.Done}/{stage.Total} {Unit(stage.Stage)} after {ReportFormat.Milliseconds(stage.Elapsed.TotalMilliseconds)}: {Rates(stage)}");

    private static string Rates(StageProgress stage) => string.Create(CultureInfo.InvariantCulture,
        $"{stage.ItemsPerSecond:0.0} {Unit(stage.Stage)}/s, {ReportFormat.Bytes((long)stage.BytesPerSecond)}/s");

    private static string Name(PipelineStage stage) => stage.ToString().ToLowerInvariant();

    private static string Unit(PipelineStage stage) => stage switch
    {
        PipelineStage.Crawl => "URLs",
        PipelineStage.Images => "images",
        PipelineStage.Rewrite => "pages",
        _ => "files",
    };
}
