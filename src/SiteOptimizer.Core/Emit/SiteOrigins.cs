namespace SiteOptimizer.Emit;

/// <summary>
/// The addresses at which the site being optimized lives (its production <c>baseURL</c>, a
/// live site's own origin): an absolute URL to one of them names a file of the site, by its path,
/// like a root-relative URL. A host is matched whatever the scheme, since <c>http://</c> and
/// <c>https://</c> links to the same host reach the same files.
/// </summary>
/// <remarks>
/// Every place that turns a written URL into a site file must agree on them (some thirty call
/// sites of <see cref="SitePaths.Resolve"/>, in rewriting, integrity and the estimate), so the
/// run's set travels with its asynchronous flow (<see cref="Use"/>) rather than through each signature.
/// </remarks>
internal sealed class SiteOrigins
{
    private static readonly AsyncLocal<SiteOrigins?> s_current = new();
    private readonly HashSet<string> _hosts;

    public SiteOrigins(IEnumerable<Uri> addresses)
    {
        Addresses = [.. addresses.Where(a => a.Scheme is "http" or "https").Select(a => new Uri(a.GetLeftPart(UriPartial.Authority))).DistinctBy(HostKey)];
        _hosts = Addresses.Select(HostKey).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>No address known: only relative and root-relative URLs name site files.</summary>
    public static SiteOrigins None { get; } = new([]);

    /// <summary>The set of the run this code is part of.</summary>
    public static SiteOrigins Current => s_current.Value ?? None;

    /// <summary>The origins, one per host.</summary>
    public IReadOnlyList<Uri> Addresses { get; }

    public bool IsEmpty => Addresses.Count == 0;

    /// <summary>Makes <paramref name="origins"/> the current set for the calling flow until disposed.</summary>
    public static IDisposable Use(SiteOrigins origins)
    {
        var previous = s_current.Value;
        s_current.Value = origins;
        return new Restore(() => s_current.Value = previous);
    }

    /// <summary>This set and <paramref name="more"/>.</summary>
    public SiteOrigins With(IEnumerable<Uri> more) => new(Addresses.Concat(more));

    /// <summary>Whether an absolute URL is at one of these addresses.</summary>
    public bool Contains(Uri url) => url.IsAbsoluteUri && url.Scheme is "http" or "https" && _hosts.Contains(HostKey(url));

    /// <summary>
    /// The URL moved to <paramref name="root"/>'s origin when it is at one of these addresses (the
    /// crawl fetches the site where it is crawled); otherwise the URL itself.
    /// </summary>
    public Uri Localize(Uri url, Uri root) =>
        Contains(url) && !string.Equals(url.GetLeftPart(UriPartial.Authority), root.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
            ? new Uri(root, url.PathAndQuery)
            : url;

    public override string ToString() => string.Join(", ", Addresses.Select(a => a.GetLeftPart(UriPartial.Authority)));

    private static string HostKey(Uri url) => url.IsDefaultPort ? url.IdnHost : url.IdnHost + ":" + url.Port;

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
