namespace SiteOptimizer.Diagnostics;

/// <summary>The catalogue of diagnostic codes. Codes are never reused for another meaning.</summary>
public static class DiagnosticCodes
{
    /// <summary>npm could not install the native tools during the build (MSBuild only).</summary>
    public const string NativeToolsMissing = "SO0001";

    /// <summary>npm installed no libvips for this platform (MSBuild only).</summary>
    public const string NoLibvipsForPlatform = "SO0002";

    /// <summary>optimizer.json is malformed or has an unknown, duplicate or out-of-range setting.</summary>
    public const string InvalidConfig = "SO0100";

    /// <summary>A file with an image extension is not an image libvips can read; kept as is.</summary>
    public const string ImageNotReadable = "SO1001";

    /// <summary>libvips could not decode or encode an image (truncated, corrupt…); kept as is.</summary>
    public const string ImageFailed = "SO1002";

    /// <summary>An image has more pixels than <c>images.maxPixels</c> (a decompression bomb); kept as is, never decoded.</summary>
    public const string ImageTooLarge = "SO1003";

    /// <summary>A file could not be read from the source.</summary>
    public const string SourceUnreadable = "SO2001";

    /// <summary>A page or stylesheet references a file or page that does not exist (404).</summary>
    public const string BrokenReference = "SO2002";

    /// <summary>A page, stylesheet or script is not valid in its character encoding (or declares one not known here, or its rewrite cannot be written back in it); it is copied as it is.</summary>
    public const string NotUtf8 = "SO2004";

    /// <summary>A page's elements nest deeper than any browser builds (a hostile or broken page): it is copied as it is, and nothing in it is followed.</summary>
    public const string PageTooDeep = "SO2005";

    /// <summary>
    /// A file a page names with <c>integrity</c> is kept as is: the digest does not match it (browsers
    /// refuse it already), cannot be rewritten exactly, or names it under an address taken for another site.
    /// </summary>
    public const string IntegrityKept = "SO2006";

    /// <summary>Absolute URLs to this origin are taken as the site's own files (from siteUrl, a canonical link, og:url or the sitemap).</summary>
    public const string SiteOriginFound = "SO2007";

    /// <summary>A minifier (esbuild) rejected a stylesheet or script; it is kept as is.</summary>
    public const string MinifyFailed = "SO3001";

    /// <summary>An image's <c>sizes</c> fell back to <c>100vw</c>: nothing says how wide it is shown.</summary>
    public const string SizesGuessed = "SO4001";

    /// <summary>A URL could not be fetched: timeout, refused connection, 5xx after retries, redirect loop, too large.</summary>
    public const string FetchFailed = "SO2003";

    /// <summary>The load-time estimate left a page out: it could not be read or simulated.</summary>
    public const string EstimateSkipped = "SO5001";

    /// <summary>Another run is writing the same output folder, so this one did not start (MSBuild only; siteopt exits with code 8).</summary>
    public const string OutputInUse = "SO0003";

    /// <summary>crawl.maxPages stopped the crawl of a live site: pages it found were left out.</summary>
    public const string PageLimitReached = "SO2008";
}
