using System.ComponentModel;

namespace SiteOptimizer.Reports;

/// <summary>Which reports a run writes (the <c>report</c> section of optimizer.json).</summary>
public sealed record ReportOptions
{
    /// <summary>Where to write the JSON report (totals, timings, diagnostics, the site graph); null writes none.</summary>
    [Description("Where to write the JSON report (totals, timings, diagnostics, the site graph); null writes none.")]
    public string? Json { get; set; } = "siteopt-report.json";

    /// <summary>Where to write the HTML report (waterfalls, timings, biggest wins, diagnostics; one self-contained file); null writes none.</summary>
    [Description("Where to write the HTML report (waterfalls, timings, biggest wins, diagnostics; one self-contained file); null writes none.")]
    public string? Html { get; set; } = "siteopt-report.html";
}
