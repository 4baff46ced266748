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
    public static async Task<int> RunAsync(ParseResult parseResult, RunOptions run, string output, Func<OptimizerOptions, OptimizerOptions> adjust, CancellationToken cancellationToken)
    {
        var writer = parseResult.InvocationConfiguration.Output;
        var errors = parseResult.InvocationConfiguration.Error;
        try
        {
            var options = adjust(run.Resolve(parseResult));
            var result = await new SiteOptimizerPipeline(options)
                .OptimizeAsync(parseResult.GetValue(run.Site)!, output, cancellationToken)
                .ConfigureAwait(false);
            await DiagnosticWriter.WriteAsync(errors, result.Diagnostics, parseResult.GetValue(run.Verbose)).ConfigureAwait(false);
            await SummaryWriter.WriteAsync(writer, result).ConfigureAwait(false);
            if (!parseResult.GetValue(run.NoReport))
            {
                var reportFile = parseResult.GetValue(run.Report)!;
                await ReportJson.WriteAsync(result, reportFile.FullName, cancellationToken).ConfigureAwait(false);
                await writer.WriteLineAsync($"Report: {reportFile.FullName}").ConfigureAwait(false);
            }
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
