using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteOptimizer.Estimation;
using SiteOptimizer.Measurement.Hosting;

namespace SiteOptimizer.Measurement.Browser;

/// <summary>
/// One cold page load in a fresh tab: the device, CPU slowdown (and, with DevTools shaping, the
/// network) emulated, the cache off, then FCP, LCP and load read from the page itself.
/// </summary>
internal static class PageLoadProbe
{
    private const string SilentDialogs = "window.alert = () => {}; window.confirm = () => true; window.prompt = () => null;";

    public static async Task<MeasuredLoad> LoadAsync(DevToolsConnection page, Uri url, LoadConditions conditions, CancellationToken cancellationToken)
    {
        var device = conditions.Device;
        var profile = conditions.Profile;
        await page.SendAsync("Page.enable", null, cancellationToken).ConfigureAwait(false);
        // A page that calls alert() (a template's demo login, say) would wait for a click that
        // never comes, and its load with it: nobody is there to answer, so nothing asks.
        await page.SendAsync("Page.addScriptToEvaluateOnNewDocument", new JsonObject { ["source"] = SilentDialogs }, cancellationToken).ConfigureAwait(false);
        await page.SendAsync("Network.enable", null, cancellationToken).ConfigureAwait(false);
        await page.SendAsync("Network.setCacheDisabled", new JsonObject { ["cacheDisabled"] = true }, cancellationToken).ConfigureAwait(false);
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
        {
            ["width"] = device.Width,
            ["height"] = device.Height,
            ["deviceScaleFactor"] = device.DeviceScaleFactor,
            ["mobile"] = device.Mobile,
        }, cancellationToken).ConfigureAwait(false);
        await page.SendAsync("Emulation.setCPUThrottlingRate", new JsonObject { ["rate"] = Math.Max(1, profile.CpuSlowdown) }, cancellationToken).ConfigureAwait(false);
        if (conditions.Shaping == NetworkShaping.DevTools)
        {
            await page.SendAsync("Network.emulateNetworkConditions", new JsonObject
            {
                ["offline"] = false,
                ["latency"] = profile.RttMs,
                ["downloadThroughput"] = NetworkLink.BytesPerSecond(profile.DownloadKbps),
                ["uploadThroughput"] = NetworkLink.BytesPerSecond(profile.UploadKbps),
            }, cancellationToken).ConfigureAwait(false);
        }
        var navigation = await page.SendAsync("Page.navigate", new JsonObject { ["url"] = url.AbsoluteUri }, cancellationToken).ConfigureAwait(false);
        if (navigation.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
        {
            throw new MeasurementException($"Chromium could not open {url}: {text}");
        }
        await page.WaitForEventAsync("Page.loadEventFired", cancellationToken).ConfigureAwait(false);
        var evaluated = await page.SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = PageMetricsScript.Source,
            ["awaitPromise"] = true,
            ["returnByValue"] = true,
        }, cancellationToken).ConfigureAwait(false);
        return Read(url, evaluated.GetProperty("result").GetProperty("value"));
    }

    private static MeasuredLoad Read(Uri url, JsonElement value)
    {
        double Number(string name) => value.GetProperty(name).GetDouble();
        if (value.GetProperty("visibility").GetString() != "visible" || Number("fcp") < 0 || Number("lcp") < 0)
        {
            throw new MeasurementException(string.Create(CultureInfo.InvariantCulture,
                $"Chromium reported no paint for {url} (page {value.GetProperty("visibility").GetString()}, FCP {Number("fcp")}, LCP {Number("lcp")})"));
        }
        var metrics = new LoadMetrics(value.GetProperty("requests").GetInt32(), (long)Number("bytes"), Number("fcp"), Number("lcp"), Number("load"));
        return new MeasuredLoad(metrics, value.GetProperty("lcpElement").GetString() ?? "", value.GetProperty("protocol").GetString() ?? "")
        {
            Requests = value.TryGetProperty("waterfall", out var waterfall) ? [.. waterfall.EnumerateArray().Select(Request)] : [],
        };
    }

    private static MeasuredRequest Request(JsonElement entry) => new(
        entry.GetProperty("path").GetString() ?? "",
        entry.GetProperty("start").GetDouble(),
        entry.GetProperty("request").GetDouble(),
        entry.GetProperty("firstByte").GetDouble(),
        entry.GetProperty("end").GetDouble(),
        (long)entry.GetProperty("bytes").GetDouble(),
        entry.GetProperty("renderBlocking").GetString() ?? "",
        entry.GetProperty("initiator").GetString() ?? "");
}
