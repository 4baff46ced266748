using System.CommandLine;
using SiteOptimizer.Cli.Output;
using SiteOptimizer.Configuration;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Pipeline;
using SiteOptimizer.Reports;

namespace SiteOptimizer.Cli.Commands;

/// <summary><c>siteopt optimize &lt;site&gt; -o &lt;out&gt;</c>.</summary>
internal static class OptimizeCommand
{
    public static Command Create()
    {
        var site = new Argument<string>("site") { Description = "The built site folder, or an http(s):// URL to mirror. The source is never modified." };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "The folder to write the optimized site to.", Required = true };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "The settings file (default: optimizer.json in the current folder, else built-in defaults)." };
        var concurrency = new Option<int?>("--concurrency", "-j") { Description = "Images encoded at once (default: one per CPU core). Overrides images.concurrency." };
        var maxWidth = new Option<int?>("--max-width") { Description = "Scale down images wider than this many pixels. Overrides images.maxWidth." };
        var report = new Option<FileInfo>("--report") { Description = "Where to write report.json: totals, timings, diagnostics and the site graph.", DefaultValueFactory = _ => new FileInfo("siteopt-report.json") };
        var noReport = new Option<bool>("--no-report") { Description = "Write no report file." };
        concurrency.Validators.Add(result => RequirePositive(result, "--concurrency"));
        maxWidth.Validators.Add(result => RequirePositive(result, "--max-width"));

        var command = new Command("optimize", "Recompress every image of a site folder into an output folder and print what it saved.")
        {
            site, output, config, concurrency, maxWidth, report, noReport,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var writer = parseResult.InvocationConfiguration.Output;
            var errors = parseResult.InvocationConfiguration.Error;
            try
            {
                var options = ConfigFile.Load(parseResult.GetValue(config));
                options = options with
                {
                    Images = options.Images with
                    {
                        Concurrency = parseResult.GetValue(concurrency) ?? options.Images.Concurrency,
                        MaxWidth = parseResult.GetValue(maxWidth) ?? options.Images.MaxWidth,
                    },
                };
                var result = await new SiteOptimizerPipeline(options)
                    .OptimizeAsync(parseResult.GetValue(site)!, parseResult.GetValue(output)!.FullName, cancellationToken)
                    .ConfigureAwait(false);
                await DiagnosticWriter.WriteAsync(errors, result.Diagnostics).ConfigureAwait(false);
                await SummaryWriter.WriteAsync(writer, result).ConfigureAwait(false);
                if (!parseResult.GetValue(noReport))
                {
                    var reportFile = parseResult.GetValue(report)!;
                    await ReportJson.WriteAsync(result, reportFile.FullName, cancellationToken).ConfigureAwait(false);
                    await writer.WriteLineAsync($"Report: {reportFile.FullName}").ConfigureAwait(false);
                }
                return ExitCodes.Success;
            }
            catch (ConfigException error)
            {
                await errors.WriteLineAsync(error.ToDiagnostic().ToString()).ConfigureAwait(false);
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
        });
        return command;
    }

    private static void RequirePositive(System.CommandLine.Parsing.OptionResult result, string name)
    {
        if (result.GetValueOrDefault<int?>() is <= 0)
        {
            result.AddError($"{name} must be a positive whole number.");
        }
    }
}
