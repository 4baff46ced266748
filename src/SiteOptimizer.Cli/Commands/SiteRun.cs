using System.CommandLine;
using SiteOptimizer.Cli.Output;
using SiteOptimizer.Configuration;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Reports;

namespace SiteOptimizer.Cli.Commands;

/// <summary>Runs the pipeline for a command, prints diagnostics and the summary, writes the report, and maps failures to exit codes.</summary>
internal static class SiteRun
{
    /// <param name="parseResult">The command line.</param>
    /// <param name="run">The shared options.</param>
    /// <param name="outputFor">The output folder for the site and settings, or an error message for the user.</param>
    /// <param name="adjust">What the command changes in the settings.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <param name="complete">What the command adds to the report before it is printed and written.</param>
    public static Task<int> RunAsync(
        ParseResult parseResult, RunOptions run, Func<string, OptimizerOptions, (string? Output, string? Error)> outputFor,
        Func<OptimizerOptions, OptimizerOptions> adjust, CancellationToken cancellationToken,
        Func<OptimizationReport, OptimizationReport>? complete = null)
    {
        var writer = parseResult.InvocationConfiguration.Output;
        var errors = parseResult.InvocationConfiguration.Error;
        return GuardAsync(errors, async () =>
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
            var result = await new SiteOptimizerPipeline(options)
                .OptimizeAsync(site, output, cancellationToken)
                .ConfigureAwait(false);
            result = complete?.Invoke(result) ?? result;
            await DiagnosticWriter.WriteAsync(errors, result.Diagnostics, parseResult.GetValue(run.Verbose)).ConfigureAwait(false);
            await SummaryWriter.WriteAsync(writer, result).ConfigureAwait(false);
            var reportFile = parseResult.GetValue(run.NoReport) ? null : parseResult.GetValue(run.Report)?.FullName ?? options.Report.Json;
            if (reportFile is not null)
            {
                reportFile = Path.GetFullPath(reportFile);
                await ReportJson.WriteAsync(result, reportFile, cancellationToken).ConfigureAwait(false);
                await writer.WriteLineAsync($"Report: {reportFile}").ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
    }

    /// <summary>Runs a command's work and maps the failures a user can meet to their exit codes, with a message.</summary>
    public static async Task<int> GuardAsync(TextWriter errors, Func<Task<int>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
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
