using System.CommandLine;
using SiteOptimizer.Cli.Output;
using SiteOptimizer.Configuration;
using SiteOptimizer.Emit;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Progress;

namespace SiteOptimizer.Cli.Commands;

/// <summary>Runs the pipeline for a command with its progress shown, prints diagnostics and the summary, writes the reports, and maps failures to exit codes.</summary>
internal static class SiteRun
{
    /// <param name="parseResult">The command line.</param>
    /// <param name="run">The shared options.</param>
    /// <param name="outputFor">The output folder for the site and settings, or an error message for the user.</param>
    /// <param name="adjust">What the command changes in the settings.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <param name="profile">The command's <c>--profile</c>, if it has one.</param>
    /// <param name="runSite">Runs the pipeline, reporting its progress (default: optimize the site into the output).</param>
    /// <param name="print">Prints the outcome (default: the summary and the estimate).</param>
    /// <param name="complete">What the command adds to the report before it is printed and written.</param>
    public static Task<int> RunAsync(
        ParseResult parseResult, RunOptions run, Func<string, OptimizerOptions, (string? Output, string? Error)> outputFor,
        Func<OptimizerOptions, OptimizerOptions> adjust, CancellationToken cancellationToken, ProfileOption? profile = null,
        Func<string, string, OptimizerOptions, IProgress<StageProgress>?, CancellationToken, Task<OptimizationReport>>? runSite = null,
        Func<TextWriter, OptimizationReport, Task>? print = null,
        Func<OptimizationReport, OptimizationReport>? complete = null)
    {
        var writer = parseResult.InvocationConfiguration.Output;
        var errors = parseResult.InvocationConfiguration.Error;
        return GuardAsync(errors, async () =>
        {
            var (options, profileProblem) = profile?.Apply(parseResult, adjust(run.Resolve(parseResult))) ?? (adjust(run.Resolve(parseResult)), null);
            var site = parseResult.GetValue(run.Site) ?? options.Site;
            var (output, problem) = profileProblem is not null ? (null, profileProblem)
                : site is null ? (null, "Give the site to optimize, as an argument or as \"site\" in optimizer.json.")
                : outputFor(site, options);
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
                result = await (runSite ?? Optimize)(site, output, options, progress, cancellationToken).ConfigureAwait(false);
            }
            result = complete?.Invoke(result) ?? result;
            var verbose = parseResult.GetValue(run.Verbose);
            await DiagnosticWriter.WriteAsync(errors, result.Diagnostics, verbose).ConfigureAwait(false);
            await (print ?? ((w, r) => PrintAsync(w, r, verbose)))(writer, result).ConfigureAwait(false);
            await reports.WriteAsync(result, result.Estimate, writer, cancellationToken).ConfigureAwait(false);
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
        catch (OutputFolderInUseException error)
        {
            await errors.WriteLineAsync("siteopt: " + error.Message).ConfigureAwait(false);
            return ExitCodes.OutputInUse;
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

    private static Task<OptimizationReport> Optimize(string site, string output, OptimizerOptions options, IProgress<StageProgress>? progress, CancellationToken cancellationToken) =>
        new SiteOptimizerPipeline(options).OptimizeAsync(site, output, progress, cancellationToken);

    // The summary already gives the estimate's medians and top pages; every page's times, which
    // report.html and report.json always have, are printed only when asked for.
    private static async Task PrintAsync(TextWriter writer, OptimizationReport result, bool verbose)
    {
        await SummaryWriter.WriteAsync(writer, result, result.Estimate).ConfigureAwait(false);
        if (verbose && result.Estimate is { } estimate)
        {
            await writer.WriteLineAsync().ConfigureAwait(false);
            await EstimateWriter.WriteAsync(writer, estimate).ConfigureAwait(false);
        }
    }
}
