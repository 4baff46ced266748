using SiteOptimizer.Configuration;
using SiteOptimizer.Crawling;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Emit;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// Where a run's site lives besides the folder or URL it is read from: siteUrl when set, else
/// the address the folder's pages declare (canonical link, og:url, sitemap.xml); for a live
/// site, also the origin it is crawled from. Each address found is noted once (SO2007).
/// </summary>
internal static class OwnAddresses
{
    /// <summary>The addresses known before the run reads anything: siteUrl, and a live site's own origin.</summary>
    /// <exception cref="ConfigException">siteUrl is not an absolute http(s) URL.</exception>
    public static SiteOrigins Declared(OptimizerOptions options, Uri? liveSite)
    {
        var addresses = new List<Uri>();
        if (options.SiteUrl is { } setting)
        {
            addresses.Add(Uri.TryCreate(setting, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                ? url
                : throw new ConfigException(OptimizerConfig.DefaultFileName, 0, 0, $"siteUrl is '{setting}'; it must be an absolute http(s) URL, such as https://blog.example.com/"));
        }
        if (liveSite is not null)
        {
            addresses.Add(liveSite);
        }
        return new SiteOrigins(addresses);
    }

    /// <summary>
    /// <paramref name="declared"/>, with the folder's own declaration when siteUrl is not set; a
    /// note for each address that absolute URLs to it are the site's files.
    /// </summary>
    public static SiteOrigins WithFolder(SiteOrigins declared, OptimizerOptions options, string folder, ReportTally tally)
    {
        var source = options.SiteUrl is { } setting
            ? (new Uri(setting), setting, "siteUrl setting")
            : SiteAddressDiscovery.InFolder(folder);
        if (source is not var (address, file, what))
        {
            return declared;
        }
        tally.Report(new Diagnostic(DiagnosticCodes.SiteOriginFound, DiagnosticSeverity.Info, file, 0, 0,
            $"absolute URLs to {address.GetLeftPart(UriPartial.Authority)} are taken as this site's own files (from its {what})"));
        return declared.With([address]);
    }
}
