using System.CommandLine;
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
        var profile = new Option<string>("--profile", "-p") { Description = $"The network and device: {string.Join(", ", TemporaryProfiles.BuiltIn.Select(p => p.Name))}.", DefaultValueFactory = _ => "mobile-slow-4g" };
        var runs = new Option<int>("--runs", "-n") { Description = "Before/after pairs per page; the medians are reported. Fewer than 5 is for a quick look only.", DefaultValueFactory = _ => 5 };
        var json = new Option<FileInfo?>("--json") { Description = "Also write every load and the medians to this JSON file." };
        var pages = new Option<string[]>("--page") { Description = "Measure only this page, a path relative to the site root (repeatable). Default: every HTML page both folders have." };
        var shaping = new Option<NetworkShaping>("--shaping") { Description = "Where the network is emulated: server (handshakes, slow start, a shared bottleneck; default) or devtools (Chromium's per-request latency and throughput).", DefaultValueFactory = _ => NetworkShaping.Server };
        var device = new Option<string?>("--device") { Description = "mobile (412×823 at 1.75×) or desktop (1350×940). Default: desktop for the desktop profile, else mobile." };
        var chromium = new Option<FileInfo?>("--chromium") { Description = $"The Chromium or Chrome executable (default: ${ChromiumLocator.EnvironmentVariable}, else /usr/bin/chromium)." };
        var timeout = new Option<int>("--load-timeout") { Description = "Seconds one page load may take.", DefaultValueFactory = _ => 180 };
        runs.Validators.Add(result => { if (result.GetValueOrDefault<int>() < 1) { result.AddError("--runs must be at least 1."); } });
        timeout.Validators.Add(result => { if (result.GetValueOrDefault<int>() < 1) { result.AddError("--load-timeout must be at least 1."); } });
        profile.Validators.Add(result =>
        {
            if (TemporaryProfiles.Find(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError($"Unknown profile '{result.GetValueOrDefault<string>()}'; known: {string.Join(", ", TemporaryProfiles.BuiltIn.Select(p => p.Name))}.");
            }
        });
        device.AcceptOnlyFromAmong(DeviceEmulation.Phone.Name, DeviceEmulation.Desktop.Name);
        var command = new Command("measure", "Load every page of the site before and after optimization in headless Chromium over an emulated network, and compare the measured savings with siteopt's prediction.")
        {
            before, after, profile, runs, json, pages, shaping, device, chromium, timeout,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var network = TemporaryProfiles.Find(parseResult.GetValue(profile)!)!;
            var screen = parseResult.GetValue(device) is { } name
                ? (name == DeviceEmulation.Desktop.Name ? DeviceEmulation.Desktop : DeviceEmulation.Phone)
                : DeviceEmulation.For(network.Name);
            var request = new MeasureRequest(
                parseResult.GetValue(before)!, parseResult.GetValue(after)!, new LoadConditions(network, screen, parseResult.GetValue(shaping)),
                parseResult.GetValue(runs), parseResult.GetValue(pages) ?? [], parseResult.GetValue(json), parseResult.GetValue(chromium),
                TimeSpan.FromSeconds(parseResult.GetValue(timeout)));
            return MeasureRun.RunAsync(request, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }
}
