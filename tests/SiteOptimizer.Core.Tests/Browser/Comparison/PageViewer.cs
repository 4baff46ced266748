using System.Text.Json;
using System.Text.Json.Nodes;
using SiteOptimizer.Measurement;

namespace SiteOptimizer.Tests.Browser.Comparison;

/// <summary>
/// Views one page in a running Chromium as a visitor on a given screen would: a fresh browser
/// context (empty cache), the screen emulated, requests answered as the site's hosting would
/// (<see cref="SiteRequestRoute"/>), the page scrolled to the bottom so lazy content loads and
/// back to the top (<see cref="PageSettleScript"/>), then captured and taken stock of.
/// </summary>
internal static class PageViewer
{
    // Far below Chromium's texture limit, far above any page of the sites compared.
    private const int MaxPageHeight = 16_000;
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(120);

    public static async Task<PageView> ViewAsync(HeadlessChromium chromium, Uri page, Uri server, Uri? ownOrigin, DeviceEmulation screen)
    {
        using var timeout = new CancellationTokenSource(PageTimeout);
        var token = timeout.Token;
        await using var isolated = await IsolatedTab.OpenAsync(chromium, token);
        await using var route = await SiteRequestRoute.StartAsync(isolated.PageSocket, server, ownOrigin, token);
        using var tab = await DevToolsConnection.ConnectAsync(isolated.PageSocket, token);
        return await CaptureAsync(tab, page, server, screen, token);
    }

    private static async Task<PageView> CaptureAsync(DevToolsConnection tab, Uri page, Uri server, DeviceEmulation screen, CancellationToken token)
    {
        foreach (var domain in new[] { "Page", "Runtime", "Log" })
        {
            await tab.SendAsync($"{domain}.enable", null, token);
        }
        await tab.SendAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject { ["source"] = PageInventoryScript.FailureWatch }, token);
        await tab.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = screen.Width,
            ["height"] = screen.Height,
            ["deviceScaleFactor"] = screen.DeviceScaleFactor,
            ["mobile"] = screen.Mobile,
        }, token);
        var navigation = await tab.SendAsync("Page.navigate", new JsonObject { ["url"] = page.AbsoluteUri }, token);
        if (navigation.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
        {
            throw new InvalidOperationException($"Chromium could not open {page}: {text}");
        }
        var events = new List<JsonElement>(await tab.TakeEventsUntilAsync("Page.loadEventFired", token));
        var height = Math.Min((await EvaluateAsync(tab, PageSettleScript.Source, token)).GetInt32(), MaxPageHeight);
        var firstViewport = await ScreenshotAsync(tab, screen, screen.Height, token);
        var fullPage = await ScreenshotAsync(tab, screen, height, token);
        var inventory = await EvaluateAsync(tab, PageInventoryScript.Source, token);
        events.AddRange(tab.TakeEvents());
        string Local(string text) => text.Replace(server.AbsoluteUri, "/", StringComparison.Ordinal);
        return new PageView(
            firstViewport,
            fullPage,
            [.. inventory.GetProperty("boxes").EnumerateArray().Select(b => new ElementBox(
                b.GetProperty("kind").GetString()!, b.GetProperty("label").GetString()!,
                b.GetProperty("x").GetDouble(), b.GetProperty("y").GetDouble(), b.GetProperty("width").GetDouble(), b.GetProperty("height").GetDouble(), b.GetProperty("drawn").GetBoolean()))],
            [.. inventory.GetProperty("sheets").EnumerateArray().Select(s => new StylesheetState(Local(s.GetProperty("source").GetString()!), s.GetProperty("rules").GetInt32()))],
            [.. inventory.GetProperty("failed").EnumerateArray().Select(f => Local(f.GetString()!))],
            [.. ConsoleErrors(events).Select(Local)]);
    }

    private static async Task<JsonElement> EvaluateAsync(DevToolsConnection tab, string expression, CancellationToken token)
    {
        var answer = await tab.SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["awaitPromise"] = true,
            ["returnByValue"] = true,
        }, token);
        return answer.TryGetProperty("exceptionDetails", out var exception)
            ? throw new InvalidOperationException($"page script failed: {exception}")
            : answer.GetProperty("result").GetProperty("value");
    }

    // In CSS pixels whatever the device's scale, so the thresholds mean the same on every screen.
    private static async Task<byte[]> ScreenshotAsync(DevToolsConnection tab, DeviceEmulation screen, int height, CancellationToken token)
    {
        var shot = await tab.SendAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = height > screen.Height,
            ["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = screen.Width, ["height"] = height, ["scale"] = 1 / screen.DeviceScaleFactor },
        }, token);
        return shot.GetProperty("data").GetBytesFromBase64();
    }

    private static IEnumerable<string> ConsoleErrors(List<JsonElement> events)
    {
        foreach (var message in events)
        {
            var method = message.TryGetProperty("method", out var name) ? name.GetString() : null;
            var parameters = method is null ? default : message.GetProperty("params");
            if (method == "Log.entryAdded" && parameters.GetProperty("entry") is var entry && entry.GetProperty("level").GetString() == "error")
            {
                yield return entry.GetProperty("text").GetString() + (entry.TryGetProperty("url", out var url) ? $" ({url.GetString()})" : "");
            }
            else if (method == "Runtime.exceptionThrown")
            {
                var details = parameters.GetProperty("exceptionDetails");
                yield return details.TryGetProperty("exception", out var thrown) && thrown.TryGetProperty("description", out var description)
                    ? description.GetString()!.Split('\n')[0]
                    : details.GetProperty("text").GetString()!;
            }
            else if (method == "Runtime.consoleAPICalled" && parameters.GetProperty("type").GetString() == "error")
            {
                yield return "console.error " + parameters.GetProperty("args");
            }
        }
    }
}
