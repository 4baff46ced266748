using System.CommandLine;
using SiteOptimizer.Cli.Output;
using SiteOptimizer.Configuration;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Pipeline;

namespace SiteOptimizer.Cli.Commands;

/// <summary><c>siteopt optimize &lt;site&gt; -o &lt;out&gt;</c>.</summary>
internal static class OptimizeCommand
{
    public static Command Create()
    {
        var site = new Argument<DirectoryInfo>("site") { Description = "The built site folder to optimize. It is never modified." };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "The folder to write the optimized site to.", Required = true };
        var config = new Option<FileInfo?>("--config", "-c") { Description = "The settings file (default: optimizer.json in the current folder, else built-in defaults)." };
        var concurrency = new Option<int?>("--concurrency", "-j") { Description = "Images encoded at once (default: one per CPU core). Overrides images.concurrency." };
        var maxWidth = new Option<int?>("--max-width") { Description = "Scale down images wider than this many pixels. Overrides images.maxWidth." };
        concurrency.Validators.Add(result => RequirePositive(result, "--concurrency"));
        maxWidth.Validators.Add(result => RequirePositive(result, "--max-width"));

        var command = new Command("optimize", "Recompress every image of a site folder into an output folder and print what it saved.")
        {
            site, output, config, concurrency, maxWidth,
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
                var report = await new SiteOptimizerPipeline(options)
                    .OptimizeFolderAsync(parseResult.GetValue(site)!.FullName, parseResult.GetValue(output)!.FullName, cancellationToken)
                    .ConfigureAwait(false);
                await DiagnosticWriter.WriteAsync(errors, report.Diagnostics).ConfigureAwait(false);
                await SummaryWriter.WriteAsync(writer, report).ConfigureAwait(false);
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
