using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// A tab of a running Chromium in a browser context of its own (an empty cache, no cookies):
/// <see cref="PageSocket"/> is its DevTools WebSocket; disposing closes the context and the tab.
/// </summary>
internal sealed class IsolatedTab : IAsyncDisposable
{
    private readonly DevToolsConnection _browser;
    private readonly string _context;

    private IsolatedTab(DevToolsConnection browser, string context, Uri pageSocket)
    {
        _browser = browser;
        _context = context;
        PageSocket = pageSocket;
    }

    public Uri PageSocket { get; }

    public static async Task<IsolatedTab> OpenAsync(HeadlessChromium chromium, CancellationToken token)
    {
        using var http = new HttpClient { BaseAddress = chromium.Endpoint };
        var version = await http.GetFromJsonAsync<JsonElement>("json/version", token);
        var browser = await DevToolsConnection.ConnectAsync(new Uri(version.GetProperty("webSocketDebuggerUrl").GetString()!), token);
        try
        {
            var context = (await browser.SendAsync("Target.createBrowserContext", null, token)).GetProperty("browserContextId").GetString()!;
            var target = (await browser.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank", ["browserContextId"] = context }, token))
                .GetProperty("targetId").GetString()!;
            return new IsolatedTab(browser, context, new UriBuilder(chromium.Endpoint) { Scheme = "ws", Path = $"devtools/page/{target}" }.Uri);
        }
        catch
        {
            browser.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var cleanup = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _browser.SendAsync("Target.disposeBrowserContext", new JsonObject { ["browserContextId"] = _context }, cleanup.Token);
        }
        finally
        {
            _browser.Dispose();
        }
    }
}
