using System.CommandLine;
using SiteOptimizer.Estimation;
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
        var known = string.Join(", ", NetworkProfiles.BuiltIn.Select(p => p.Name));
        var before = new Argument<DirectoryInfo>("before") { Description = "The site folder as it was." };
        var after = new Argument<DirectoryInfo>("after") { Description = "The optimized site folder (siteopt optimize's output)." };
        var profile = new Option<string>("--profile", "-p") { Description = $"The network and device: {known}.", DefaultValueFactory = _ => NetworkProfiles.DefaultName };
        var http2 = new Option<bool>("--http2") { Description = "Serve both sites over HTTP/2 (and estimate so) instead of the profile's HTTP/1.1." };
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
        profile.Validators.Add(result =>
        {
            if (NetworkProfiles.Find(result.GetValueOrDefault<string>() ?? "") is null)
            {
                result.AddError($"Unknown profile '{result.GetValueOrDefault<string>()}'; known: {known}.");
            }
        });
        var command = new Command("measure", "Load every page of a site before and after optimization in headless Chromium over an emulated network, and compare the measured savings with siteopt's prediction.")
        {
            before, after, profile, http2, runs, parallel, json, pages, shaping, chromium, timeout,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var network = NetworkProfiles.Find(parseResult.GetValue(profile)!)!;
            network = parseResult.GetValue(http2) ? network with { Http2 = true } : network;
            var request = new MeasureRequest(
                parseResult.GetValue(before)!, parseResult.GetValue(after)!, new LoadConditions(network, parseResult.GetValue(shaping)),
                parseResult.GetValue(runs), parseResult.GetValue(parallel), parseResult.GetValue(pages) ?? [], parseResult.GetValue(json),
                parseResult.GetValue(chromium), TimeSpan.FromSeconds(parseResult.GetValue(timeout)));
            return MeasureRun.RunAsync(request, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }
}
