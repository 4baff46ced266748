using System.CommandLine;
using SiteOptimizer.Cli.Output;
using SiteOptimizer.Configuration;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Progress;
using SiteOptimizer.Reports;

namespace SiteOptimizer.Cli.Commands;

/// <summary>
/// <c>siteopt report &lt;site&gt; [--profile name]</c>: what optimizing would save, without writing
/// anything into the user's folders. The site is optimized into a temporary folder (a live site
/// is first mirrored as fetched into another), both are simulated loading, and the folders go.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var run = new RunOptions();
        var profile = new ProfileOption();
        var command = new Command("report", "Estimate how much faster each page would load once optimized, without writing anything (the JSON report only with --report).");
        run.AddTo(command);
        command.Options.Add(profile.Option);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var scratch = Directory.CreateTempSubdirectory("siteopt-report-");
            try
            {
                // Only an explicit --report writes a file.
                var explicitReport = parseResult.GetValue(run.Report) is not null || parseResult.GetValue(run.ReportHtml) is not null;
                return await SiteRun.RunAsync(parseResult, run, (_, _) => (scratch.FullName, null),
                    // Writing nothing includes the cache beside the settings: what an earlier
                    // optimize encoded is read from it, nothing is added, touched or trimmed.
                    options => options with
                    {
                        Estimate = options.Estimate with { Enabled = true },
                        Report = options.Report with { Json = null, Html = null },
                        Cache = options.Cache with { ReadOnly = true },
                    },
                    cancellationToken, profile,
                    (site, output, options, progress, ct) => EstimateAsync(site, output, options, progress, ct),
                    (writer, result) => PrintAsync(writer, result, explicitReport)).ConfigureAwait(false);
            }
            finally
            {
                scratch.Delete(recursive: true);
            }
        });
        return command;
    }

    private static async Task<OptimizationReport> EstimateAsync(string site, string scratch, OptimizerOptions options, IProgress<StageProgress>? progress, CancellationToken cancellationToken)
    {
        var before = site;
        if (SiteOptimizerPipeline.IsUrl(site))
        {
            before = Path.Combine(scratch, "before");
            await new SiteOptimizerPipeline(CrawlCommand.AsFetched(options) with { Estimate = options.Estimate with { Enabled = false } })
                .OptimizeAsync(site, before, progress, cancellationToken).ConfigureAwait(false);
        }
        // A mirror's pages keep absolute links to the live site as written: they are its own files.
        var own = options with { SiteUrl = options.SiteUrl ?? (SiteOptimizerPipeline.IsUrl(site) ? site : null) };
        return await new SiteOptimizerPipeline(own).OptimizeAsync(before, Path.Combine(scratch, "after"), progress, cancellationToken).ConfigureAwait(false);
    }

    private static async Task PrintAsync(TextWriter writer, OptimizationReport result, bool reportWritten)
    {
        await writer.WriteLineAsync($"What optimizing {result.Source} would save (nothing was written{(reportWritten ? " but the report" : "")}):").ConfigureAwait(false);
        await writer.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{result.Files} files, {ReportFormat.Bytes(result.BytesBefore)} → {ReportFormat.Bytes(result.BytesAfter)}.")).ConfigureAwait(false);
        if (result.Estimate is { } estimate)
        {
            await EstimateWriter.WriteAsync(writer, estimate).ConfigureAwait(false);
        }
    }
}
