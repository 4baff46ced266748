using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SiteOptimizer.Measurement.Browser;

/// <summary>
/// A real headless Chromium that takes full-page screenshots over the DevTools protocol:
/// each page in a fresh tab with a 1280 × 800 viewport (so <c>vh</c> units mean what they
/// mean to a visitor), scrolled through so lazy images load, then captured top to bottom.
/// Every step is bounded in time; one screenshot at a time.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const int ViewportWidth = 1280;
    public const int ViewportHeight = 800;

    // Far below Chromium's texture limit, far above any page of the sample site.
    private const int MaxPageHeight = 16_000;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(45);

    private readonly ChromiumProcess _process;
    private readonly HttpClient _devTools;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    private HeadlessChromium(ChromiumProcess process)
    {
        _process = process;
        _devTools = new HttpClient { BaseAddress = process.Endpoint, Timeout = TimeSpan.FromSeconds(15) };
    }

    /// <summary>The DevTools HTTP endpoint, for tests that drive the browser themselves.</summary>
    public Uri Endpoint => _process.Endpoint;

    public static async Task<HeadlessChromium> LaunchAsync(string executable) =>
        new(await ChromiumProcess.StartAsync(executable, ViewportWidth, ViewportHeight, StartTimeout));

    /// <summary>A PNG of the whole page at <paramref name="url"/>, 1280 pixels wide.</summary>
    public async Task<byte[]> ScreenshotAsync(Uri url)
    {
        await _oneAtATime.WaitAsync();
        using var timeout = new CancellationTokenSource(PageTimeout);
        try
        {
            var tab = await OpenTabAsync(timeout.Token);
            try
            {
                using var page = await DevToolsConnection.ConnectAsync(tab.WebSocketUrl, timeout.Token);
                return await CaptureAsync(page, url, timeout.Token);
            }
            finally
            {
                await CloseTabAsync(tab);
            }
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"Chromium: no screenshot of {url} within {PageTimeout.TotalSeconds:0} s\n{_process.LogTail}", exception);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _devTools.Dispose();
        _oneAtATime.Dispose();
        await _process.DisposeAsync();
    }

    private static async Task<byte[]> CaptureAsync(DevToolsConnection page, Uri url, CancellationToken cancellationToken)
    {
        await page.SendAsync("Page.enable", null, cancellationToken);
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = ViewportWidth,
            ["height"] = ViewportHeight,
            ["deviceScaleFactor"] = 1,
            ["mobile"] = false,
        }, cancellationToken);
        var navigation = await page.SendAsync("Page.navigate", new JsonObject { ["url"] = url.AbsoluteUri }, cancellationToken);
        if (navigation.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
        {
            throw new InvalidOperationException($"Chromium could not open {url}: {text}");
        }
        await page.WaitForEventAsync("Page.loadEventFired", cancellationToken);
        var settled = await page.SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = PageSettleScript.Source,
            ["awaitPromise"] = true,
            ["returnByValue"] = true,
        }, cancellationToken);
        var height = Math.Min(settled.GetProperty("result").GetProperty("value").GetInt32(), MaxPageHeight);
        var shot = await page.SendAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = ViewportWidth, ["height"] = height, ["scale"] = 1 },
        }, cancellationToken);
        return shot.GetProperty("data").GetBytesFromBase64();
    }

    private async Task CloseTabAsync(DevToolsTab tab)
    {
        try
        {
            using var response = await _devTools.GetAsync(new Uri($"json/close/{tab.Id}", UriKind.Relative));
        }
        catch (HttpRequestException)
        {
            // The browser is gone; the failure that matters was reported by the caller.
        }
    }

    private async Task<DevToolsTab> OpenTabAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "json/new?about:blank");
        using var response = await _devTools.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var tab = await response.Content.ReadFromJsonAsync(MeasurementJsonContext.Default.JsonElement, cancellationToken);
        return new DevToolsTab(tab.GetProperty("id").GetString()!, new Uri(tab.GetProperty("webSocketDebuggerUrl").GetString()!));
    }
}
