using System.CommandLine;
using SiteOptimizer.Cli.Output;
using SiteOptimizer.Configuration;
using SiteOptimizer.Measurement;
using SiteOptimizer.Measurement.Browser;

namespace SiteOptimizer.Cli.Commands;

/// <summary>
/// <c>siteopt measure &lt;before&gt; &lt;after&gt;</c>: load every page of both sites in headless
/// Chromium over an emulated network, print the measured savings beside the predicted ones and
/// how far the prediction was off.
/// </summary>
internal static class MeasureCommand
{
    public static Command Create()
    {
        var before = new Argument<DirectoryInfo>("before") { Description = "The site folder as it was." };
        var after = new Argument<DirectoryInfo>("after") { Description = "The optimized site folder (siteopt optimize's output)." };
        var profile = new ProfileOption();
        var config = new Option<FileInfo?>("--config", "-c") { Description = "The settings file whose estimate section names the profile and custom ones (default: optimizer.json in the current folder, else built-in defaults)." };
        var http1 = new Option<bool>("--http1") { Description = "Serve both sites over HTTP/1.1 (and estimate so) instead of HTTP/2." };
        var runs = new Option<int>("--runs", "-n") { Description = "Before/after pairs per page; medians are reported. Fewer than 5 is for a quick look only.", DefaultValueFactory = _ => 5 };
        var parallel = new Option<int>("--parallel") { Description = "Emulated visitors loading pages side by side, each on a network link of its own. More finish sooner but share this machine's CPU.", DefaultValueFactory = _ => 1 };
        var json = new Option<FileInfo?>("--json") { Description = "Also write every load, the medians and the prediction to this JSON file." };
        var pages = new Option<string[]>("--page") { Description = "Measure only this page, a path relative to the site root (repeatable). Default: every HTML page both folders have." };
        var shaping = new Option<NetworkShaping>("--shaping") { Description = "Where the network is emulated: Server (handshakes, slow start, one shared bottleneck; default) or DevTools (Chromium's per-request latency and throughput).", DefaultValueFactory = _ => NetworkShaping.Server };
        var chromium = new Option<FileInfo?>("--chromium") { Description = $"The Chromium or Chrome executable (default: ${ChromiumLocator.EnvironmentVariable}, else /usr/bin/chromium)." };
        var timeout = new Option<int>("--load-timeout") { Description = "Seconds one page load may take.", DefaultValueFactory = _ => 180 };
        foreach (var option in new[] { runs, parallel, timeout })
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{result.Option.Name} must be a whole number of at least 1.");
                }
            });
        }
        var command = new Command("measure", "Load every page of a site before and after optimization in headless Chromium over an emulated network, and compare the measured savings with siteopt's prediction.")
        {
            before, after, profile.Option, config, http1, runs, parallel, json, pages, shaping, chromium, timeout,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var errors = parseResult.InvocationConfiguration.Error;
            OptimizerOptions settings;
            try
            {
                settings = ConfigFile.Load(parseResult.GetValue(config));
            }
            catch (ConfigException error)
            {
                await DiagnosticWriter.WriteAsync(errors, error.Diagnostics).ConfigureAwait(false);
                return ExitCodes.ConfigError;
            }
            var (resolved, problem) = profile.Apply(parseResult, settings);
            if (problem is not null || resolved.Estimate.Resolve() is not { } network)
            {
                await errors.WriteLineAsync($"siteopt: {problem ?? $"estimate.profile {resolved.Estimate.Profile}: no such profile."}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
            network = parseResult.GetValue(http1) ? network with { Http2 = false } : network;
            var request = new MeasureRequest(
                parseResult.GetValue(before)!, parseResult.GetValue(after)!, new LoadConditions(network, parseResult.GetValue(shaping)),
                parseResult.GetValue(runs), parseResult.GetValue(parallel), parseResult.GetValue(pages) ?? [], parseResult.GetValue(json),
                parseResult.GetValue(chromium), TimeSpan.FromSeconds(parseResult.GetValue(timeout)));
            return await MeasureRun.RunAsync(request, parseResult.InvocationConfiguration.Output, errors, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
