using System.CommandLine;
using SiteOptimizer.Cli.Output;
using SiteOptimizer.Configuration;
using SiteOptimizer.Estimation;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Pipeline;

namespace SiteOptimizer.Cli.Commands;

/// <summary>Runs the pipeline for a command, prints diagnostics and the summary, writes the report, and maps failures to exit codes.</summary>
internal static class SiteRun
{
    /// <param name="parseResult">The command line.</param>
    /// <param name="run">The shared options.</param>
    /// <param name="outputFor">The output folder for the site and settings, or an error message for the user.</param>
    /// <param name="adjust">What the command changes in the settings.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public static async Task<int> RunAsync(
        ParseResult parseResult, RunOptions run, Func<string, OptimizerOptions, (string? Output, string? Error)> outputFor,
        Func<OptimizerOptions, OptimizerOptions> adjust, CancellationToken cancellationToken)
    {
        var writer = parseResult.InvocationConfiguration.Output;
        var errors = parseResult.InvocationConfiguration.Error;
        try
        {
            var options = adjust(run.Resolve(parseResult));
            var site = parseResult.GetValue(run.Site) ?? options.Site;
            var (output, problem) = site is null ? (null, "Give the site to optimize, as an argument or as \"site\" in optimizer.json.") : outputFor(site, options);
            if (site is null || output is null)
            {
                await errors.WriteLineAsync("siteopt: " + problem).ConfigureAwait(false);
                await errors.WriteLineAsync("Run 'siteopt --help' for usage.").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
            var reports = ReportFiles.Resolve(parseResult, run, options);
            OptimizationReport result;
            var mode = ProgressModes.For(writer, parseResult.GetValue(run.Quiet));
            using (var progress = mode == ProgressMode.None ? null : new ProgressDisplay(writer, mode, TimeProvider.System))
            {
                result = await new SiteOptimizerPipeline(options)
                    .OptimizeAsync(site, output, progress, cancellationToken)
                    .ConfigureAwait(false);
            }
            // WIRING POINT (lead): the estimator fills OptimizationReport.Estimate; once it is on
            // main, this becomes `var estimate = result.Estimate;` and both reports show load times.
            SiteEstimate? estimate = null;
            await DiagnosticWriter.WriteAsync(errors, result.Diagnostics, parseResult.GetValue(run.Verbose)).ConfigureAwait(false);
            await SummaryWriter.WriteAsync(writer, result, estimate).ConfigureAwait(false);
            await reports.WriteAsync(result, estimate, writer, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (ConfigException error)
        {
            await DiagnosticWriter.WriteAsync(errors, error.Diagnostics).ConfigureAwait(false);
            return ExitCodes.ConfigError;
        }
        catch (Exception error) when (error is DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync("siteopt: " + error.Message).ConfigureAwait(false);
            return ExitCodes.InputOutputError;
        }
        catch (LibvipsNotFoundException error)
        {
            await errors.WriteLineAsync("siteopt: " + error.Message).ConfigureAwait(false);
            return ExitCodes.MissingNativeLibrary;
        }
        catch (OperationCanceledException)
        {
            await errors.WriteLineAsync("siteopt: cancelled; files already written are complete, the rest were not started.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
    }
}
