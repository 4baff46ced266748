using System.Globalization;
using SiteOptimizer.Estimation;

namespace SiteOptimizer.Cli.Output;

/// <summary>The load-time estimate as plain lines: per page, FCP, LCP and load before → after and saved.</summary>
internal static class EstimateWriter
{
    public static async Task WriteAsync(TextWriter writer, SiteEstimate estimate)
    {
        var profile = estimate.Profile;
        var culture = CultureInfo.InvariantCulture;
        await writer.WriteLineAsync(string.Create(culture,
            $"Load-time estimate on {profile.Name} ({profile.RttMs:0} ms RTT, {profile.DownloadKbps:0.#} Kbps, CPU ×{profile.CpuSlowdown:0.#}), simulated:")).ConfigureAwait(false);
        var width = Math.Max(4, estimate.Pages.Select(p => p.Page.Length).DefaultIfEmpty(0).Max());
        await writer.WriteLineAsync($"{"page".PadRight(width)}  {"FCP before → after (saved)",-30}  {"LCP before → after (saved)",-30}  load before → after (saved)").ConfigureAwait(false);
        foreach (var page in estimate.Pages)
        {
            var before = page.Before.Metrics;
            var after = page.After.Metrics;
            await writer.WriteLineAsync(
                $"{page.Page.PadRight(width)}  {Change(before.FcpMs, after.FcpMs),-30}  {Change(before.LcpMs, after.LcpMs),-30}  {Change(before.LoadMs, after.LoadMs)}").ConfigureAwait(false);
        }
        if (estimate.Pages.Count > 0)
        {
            var median = Median(estimate.Pages.Select(p => p.LcpSavedMs));
            var slower = estimate.Pages.Count(p => p.LcpSavedMs < 0);
            var withheld = estimate.Pages.Count(p => p.Withheld.Count > 0);
            await writer.WriteLineAsync(string.Create(culture,
                $"Median LCP saved: {Seconds(median)}{(slower > 0 ? $"; {slower} page(s) got slower" : "")}{(withheld > 0 ? $"; changes held back on {withheld} page(s)" : "")}.")).ConfigureAwait(false);
        }
    }

    private static string Change(double before, double after) => $"{Seconds(before)} → {Seconds(after)} ({Seconds(before - after)})";

    private static string Seconds(double ms) => string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.00} s");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
