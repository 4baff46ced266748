using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// Loads a page in a fresh browser context of a running Chromium (an empty cache, so every
/// request is seen), 1280 × 800 like the screenshots, and records its requests and console until
/// <see cref="Linger"/> after <c>load</c>: Chromium reports a preload that nothing used 3 s after it.
/// </summary>
internal static class PageLoadRecorder
{
    public static readonly TimeSpan Linger = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(90);

    /// <param name="chromium">The running Chromium.</param>
    /// <param name="url">The page.</param>
    /// <param name="factsScript">An expression evaluated once the page has loaded, its value kept as JSON in <see cref="PageLoadTrace.Facts"/>.</param>
    public static async Task<PageLoadTrace> LoadAsync(HeadlessChromium chromium, Uri url, string? factsScript = null)
    {
        using var timeout = new CancellationTokenSource(PageTimeout);
        var token = timeout.Token;
        await using var tab = await IsolatedTab.OpenAsync(chromium, token);
        using var page = await DevToolsConnection.ConnectAsync(tab.PageSocket, token);
        foreach (var domain in new[] { "Page", "Network", "Log", "Runtime" })
        {
            await page.SendAsync($"{domain}.enable", null, token);
        }
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = HeadlessChromium.ViewportWidth,
            ["height"] = HeadlessChromium.ViewportHeight,
            ["deviceScaleFactor"] = 1,
            ["mobile"] = false,
        }, token);
        await page.SendAsync("Page.navigate", new JsonObject { ["url"] = url.AbsoluteUri }, token);
        var events = (await page.TakeEventsUntilAsync("Page.loadEventFired", token)).ToList();
        await page.SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = $"new Promise(resolve => setTimeout(resolve, {Linger.TotalMilliseconds}))",
            ["awaitPromise"] = true,
        }, token);
        events.AddRange(page.TakeEvents());
        var facts = factsScript is null ? null
            : (await page.SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = $"JSON.stringify({factsScript})", ["returnByValue"] = true }, token))
                .GetProperty("result").GetProperty("value").GetString();
        return new PageLoadTrace(Requests(events), Console(events)) { Facts = facts };
    }

    private static List<Uri> Requests(List<JsonElement> events) =>
    [
        .. Of(events, "Network.requestWillBeSent")
            .Select(p => new Uri(p.GetProperty("request").GetProperty("url").GetString()!))
            .Where(u => u.Scheme is "http" or "https"),
    ];

    private static List<string> Console(List<JsonElement> events) =>
    [
        .. Of(events, "Log.entryAdded").Select(p => p.GetProperty("entry")).Select(e => $"{e.GetProperty("level").GetString()}: {e.GetProperty("text").GetString()}"),
        .. Of(events, "Runtime.consoleAPICalled").Select(p => $"{p.GetProperty("type").GetString()}: {p.GetProperty("args")}"),
    ];

    private static IEnumerable<JsonElement> Of(List<JsonElement> events, string method) =>
        events.Where(e => e.TryGetProperty("method", out var name) && name.GetString() == method).Select(e => e.GetProperty("params"));
}
