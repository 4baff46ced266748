using System.Globalization;
using SiteOptimizer.Estimation;

namespace SiteOptimizer.Reports;

/// <summary>How reports write sizes, durations and shares: the same on the console and in report.html.</summary>
public static class ReportFormat
{
    /// <summary>512 B, 14.2 KB, 3.07 MB: powers of 1000, as browsers' devtools count.</summary>
    public static string Bytes(long bytes) => Math.Abs(bytes) switch
    {
        < 1_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:0.0} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.00} MB"),
    };

    /// <summary>850 ms, 2.34 s: estimates are rounded to 10 ms, so no finer digit is shown.</summary>
    public static string Milliseconds(double ms) => Math.Abs(ms) < 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(ms / 10) * 10:0} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.00} s");

    /// <summary>A kind of change as the reports name it: "font preloads".</summary>
    public static string Change(ChangeKind kind) => kind switch
    {
        ChangeKind.ResourceHints => "resource hints",
        ChangeKind.FontPreloads => "font preloads",
        ChangeKind.LazyLoading => "lazy loading",
        _ => kind.ToString(),
    };

    /// <summary>What held-back changes were predicted to cost: "font preloads (FCP +140 ms, LCP +140 ms)".</summary>
    public static string Withheld(IEnumerable<ChangeCost> withheld) =>
        string.Join(", ", withheld.Select(c => $"{Change(c.Kind)} (FCP {Delay(c.FcpMs)}, LCP {Delay(c.LcpMs)})"));

    private static string Delay(double ms) => (ms > 0 ? "+" : ms < 0 ? "−" : "") + Milliseconds(Math.Abs(ms));

    /// <summary>A fraction as a percentage with one decimal: 0.598 → 59.8 %.</summary>
    public static string Percent(double fraction) => string.Create(CultureInfo.InvariantCulture, $"{fraction * 100:0.0} %");

    /// <summary>The share of <paramref name="before"/> saved, 0 when there was nothing; negative when it grew.</summary>
    public static double Saved(double before, double after) => before > 0 ? 1.0 - (after / before) : 0;
}
