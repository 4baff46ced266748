using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteOptimizer.Measurement.Browser;

/// <summary>
/// A headless Chromium that loads pages for timing: every load in a fresh browser context (no
/// cache, no cookies, no open connections carried over) and a fresh tab, one load at a time.
/// It accepts the loopback servers' self-signed certificate. Loads may run side by side; the
/// browser-wide commands take turns on the one browser connection.
/// </summary>
internal sealed class MeasuringChromium : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly ChromiumProcess _process;
    private readonly DevToolsConnection _browser;
    private readonly SemaphoreSlim _browserTurn = new(1, 1);

    private MeasuringChromium(ChromiumProcess process, DevToolsConnection browser, string version)
    {
        _process = process;
        _browser = browser;
        Version = version;
    }

    /// <summary>The browser's name and version, e.g. <c>Chrome/142.0.7444.59</c>.</summary>
    public string Version { get; }

    /// <summary>The last lines Chromium wrote, for error messages.</summary>
    public string LogTail => _process.LogTail;

    public static async Task<MeasuringChromium> LaunchAsync(string executable, CancellationToken cancellationToken)
    {
        var process = await ChromiumProcess.StartAsync(executable, 1280, 800, StartTimeout, ["--ignore-certificate-errors"]).ConfigureAwait(false);
        try
        {
            using var http = new HttpClient { BaseAddress = process.Endpoint, Timeout = TimeSpan.FromSeconds(15) };
            var version = await http.GetFromJsonAsync("json/version", MeasurementJsonContext.Default.JsonElement, cancellationToken).ConfigureAwait(false);
            var browser = await DevToolsConnection.ConnectAsync(
                new Uri(version.GetProperty("webSocketDebuggerUrl").GetString()!), cancellationToken).ConfigureAwait(false);
            return new MeasuringChromium(process, browser, version.GetProperty("Browser").GetString() ?? "Chromium");
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<MeasuredLoad> LoadAsync(Uri url, LoadConditions conditions, CancellationToken cancellationToken)
    {
        var context = await BrowserAsync("Target.createBrowserContext", null, cancellationToken).ConfigureAwait(false);
        var contextId = context.GetProperty("browserContextId").GetString()!;
        try
        {
            var target = await BrowserAsync("Target.createTarget", new JsonObject
            {
                ["url"] = "about:blank",
                ["browserContextId"] = contextId,
            }, cancellationToken).ConfigureAwait(false);
            var pageSocket = new Uri($"ws://{_process.Endpoint.Authority}/devtools/page/{target.GetProperty("targetId").GetString()}");
            using var page = await DevToolsConnection.ConnectAsync(pageSocket, cancellationToken).ConfigureAwait(false);
            return await PageLoadProbe.LoadAsync(page, url, conditions, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Closes its tab too, even after a cancelled load, so no context is left behind.
            using var cleanup = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await BrowserAsync("Target.disposeBrowserContext", new JsonObject { ["browserContextId"] = contextId }, cleanup.Token).ConfigureAwait(false);
        }
    }

    private async Task<JsonElement> BrowserAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        await _browserTurn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await _browser.SendAsync(method, parameters, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _browserTurn.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _browser.Dispose();
        _browserTurn.Dispose();
        await _process.DisposeAsync().ConfigureAwait(false);
    }
}
