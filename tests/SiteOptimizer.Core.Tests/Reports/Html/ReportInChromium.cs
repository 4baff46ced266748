using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteOptimizer.Tests.Reports.Html;

/// <summary>
/// Opens one file in a fresh headless Chromium as a reader would, and returns what a script saw
/// there — every error, failed or blocked load and console error or warning, recorded from before
/// the page's first byte — with a screenshot of the whole page.
/// </summary>
internal static class ReportInChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    // Installed before the document loads, so nothing the page does escapes it.
    private const string ProblemRecorder = """
        window.__problems = [];
        const note = (kind, text) => window.__problems.push(kind + ': ' + text);
        window.addEventListener('error', e => note('error', e.message || (e.target && (e.target.src || e.target.href)) || 'a resource failed'), true);
        window.addEventListener('unhandledrejection', e => note('rejection', String(e.reason)));
        document.addEventListener('securitypolicyviolation', e => note('blocked', e.violatedDirective + ' ' + e.blockedURI));
        for (const level of ['error', 'warn']) {
          const original = console[level];
          console[level] = (...args) => { note('console.' + level, args.join(' ')); original.apply(console, args); };
        }
        """;

    public static async Task<(JsonElement Facts, byte[] Screenshot)> OpenAsync(string file, string factsScript)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await using var chromium = await ChromiumProcess.StartAsync(ChromiumLocator.Find()!, HeadlessChromium.ViewportWidth, HeadlessChromium.ViewportHeight, Timeout);
        using var http = new HttpClient { BaseAddress = chromium.Endpoint };
        using var request = new HttpRequestMessage(HttpMethod.Put, "json/new?about:blank");
        using var response = await http.SendAsync(request, timeout.Token);
        var opened = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(timeout.Token);
        var tab = new DevToolsTab(opened.GetProperty("id").GetString()!, new Uri(opened.GetProperty("webSocketDebuggerUrl").GetString()!));
        using var page = await DevToolsConnection.ConnectAsync(tab.WebSocketUrl, timeout.Token);
        await page.SendAsync("Page.enable", null, timeout.Token);
        await page.SendAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject { ["source"] = ProblemRecorder }, timeout.Token);
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = HeadlessChromium.ViewportWidth,
            ["height"] = HeadlessChromium.ViewportHeight,
            ["deviceScaleFactor"] = 1,
            ["mobile"] = false,
        }, timeout.Token);
        await page.SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(file).AbsoluteUri }, timeout.Token);
        await page.WaitForEventAsync("Page.loadEventFired", timeout.Token);
        var evaluated = await page.SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = factsScript, ["returnByValue"] = true }, timeout.Token);
        var facts = evaluated.GetProperty("result").GetProperty("value").Clone();
        var shot = await page.SendAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = HeadlessChromium.ViewportWidth, ["height"] = facts.GetProperty("height").GetDouble(), ["scale"] = 1 },
        }, timeout.Token);
        return (facts, shot.GetProperty("data").GetBytesFromBase64());
    }
}
