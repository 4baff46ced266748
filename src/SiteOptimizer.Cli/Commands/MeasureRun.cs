using System.Net.WebSockets;
using SiteOptimizer.Cli.Output;
using SiteOptimizer.Measurement;
using SiteOptimizer.Measurement.Browser;

namespace SiteOptimizer.Cli.Commands;

/// <summary>Runs a measurement for <c>siteopt measure</c>, prints it, writes the JSON, and maps failures to exit codes.</summary>
internal static class MeasureRun
{
    public static async Task<int> RunAsync(MeasureRequest request, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        foreach (var folder in new[] { request.Before, request.After }.Where(folder => !folder.Exists))
        {
            await errors.WriteLineAsync($"siteopt: the site folder {folder.FullName} does not exist.").ConfigureAwait(false);
            return ExitCodes.InputOutputError;
        }
        var chromium = request.Chromium?.FullName ?? ChromiumLocator.Find();
        if (chromium is null || !File.Exists(chromium))
        {
            await errors.WriteLineAsync($"siteopt: {ChromiumLocator.MissingReason}, or give --chromium <path>.").ConfigureAwait(false);
            return ExitCodes.MissingBrowser;
        }
        try
        {
            var options = new MeasureOptions(request.Conditions, chromium, request.Runs, request.Pages, request.LoadTimeout);
            var measurer = new SiteMeasurer(options, line => errors.WriteLine(line));
            var measurement = await measurer.MeasureAsync(request.Before.FullName, request.After.FullName, cancellationToken).ConfigureAwait(false);
            await MeasurementWriter.WriteAsync(output, measurement).ConfigureAwait(false);
            if (request.Json is { } json)
            {
                await MeasurementJson.WriteAsync(measurement, json.FullName, null, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"Measurements: {json.FullName}").ConfigureAwait(false);
            }
            return ExitCodes.Success;
        }
        catch (Exception error) when (error is TimeoutException or WebSocketException or HttpRequestException
            || (error is InvalidOperationException && error.Message.StartsWith("Chromium", StringComparison.Ordinal)))
        {
            await errors.WriteLineAsync("siteopt: " + error.Message).ConfigureAwait(false);
            return ExitCodes.MeasurementFailed;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync("siteopt: " + error.Message).ConfigureAwait(false);
            return ExitCodes.InputOutputError;
        }
        catch (OperationCanceledException)
        {
            await errors.WriteLineAsync("siteopt: cancelled.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
    }
}
