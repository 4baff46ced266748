using System.CommandLine;
using SiteOptimizer.Configuration;
using SiteOptimizer.Estimation;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Reports;
using SiteOptimizer.Reports.Html;

namespace SiteOptimizer.Cli.Commands;

/// <summary>
/// Where a run writes report.json and report.html. <c>--report x.json</c> puts the HTML report
/// beside it as <c>x.html</c> unless <c>--report-html</c> names another file; <c>--no-report</c>
/// writes neither; otherwise optimizer.json's <c>report.json</c> and <c>report.html</c> apply.
/// </summary>
internal sealed record ReportFiles(string? Json, string? Html)
{
    public static ReportFiles Resolve(ParseResult parseResult, RunOptions run, OptimizerOptions options)
    {
        if (parseResult.GetValue(run.NoReport))
        {
            return new ReportFiles(null, null);
        }
        var json = parseResult.GetValue(run.Report)?.FullName;
        var html = parseResult.GetValue(run.ReportHtml)?.FullName
            ?? (json is not null ? Beside(json) : options.Report.Html);
        return new ReportFiles(Full(json ?? options.Report.Json), Full(html));
    }

    /// <summary>Writes the reports and names each file written on <paramref name="output"/>.</summary>
    public async Task WriteAsync(OptimizationReport report, SiteEstimate? estimate, TextWriter output, CancellationToken cancellationToken)
    {
        if (Json is not null)
        {
            await ReportJson.WriteAsync(report, Json, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Report: {Json}").ConfigureAwait(false);
        }
        if (Html is not null)
        {
            await HtmlReport.WriteAsync(report, estimate, Html, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Report: {Html}").ConfigureAwait(false);
        }
    }

    private static string Beside(string json)
    {
        var html = Path.ChangeExtension(json, ".html");
        return html == json ? json + ".html" : html;
    }

    private static string? Full(string? path) => path is null ? null : Path.GetFullPath(path);
}
