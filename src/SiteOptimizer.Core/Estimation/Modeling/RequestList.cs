using SiteOptimizer.Discovery;
using SiteOptimizer.Estimation.Simulation;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// The requests of a page model as they are found. A URL is fetched once: asked for again, the
/// first request stands, raised to the higher priority (a preload, then the element that uses it).
/// </summary>
internal sealed class RequestList(SiteFiles files, ModelConstants constants)
{
    /// <summary>
    /// The site's own origin. Fonts too: they are fetched in CORS mode with credentials
    /// "same-origin", which a request to the page's own origin carries, so Chrome sends them on
    /// the page's connection (as measured: a font's first byte one round trip after it is asked
    /// for, no handshakes) — only another origin's would need an anonymous connection.
    /// </summary>
    public const string SiteOrigin = "site";

    private readonly List<SimRequest> _requests = [];
    private readonly Dictionary<string, int> _byPath = new(StringComparer.Ordinal);

    public IReadOnlyList<SimRequest> Requests => _requests;

    /// <summary>The index of the request for a site path, or -1.</summary>
    public int IndexOf(string path) => _byPath.GetValueOrDefault(path, -1);

    /// <summary>Adds a request for a site path (null or missing file: nothing is fetched); returns its index, or -1.</summary>
    public int Add(string? path, ResourceType type, RequestPriority priority, DiscoveryRule discovery, int parent = -1, double fraction = 0, Func<SimRequest, SimRequest>? describe = null)
    {
        if (path is null || files.ServedBytes(path) is not { } bytes)
        {
            return -1;
        }
        if (_byPath.TryGetValue(path, out var existing))
        {
            var earlier = _requests[existing];
            var again = describe?.Invoke(earlier) ?? earlier;
            _requests[existing] = earlier with
            {
                Priority = (RequestPriority)Math.Max((int)earlier.Priority, (int)priority),
                BlocksRender = earlier.BlocksRender || again.BlocksRender,
                CpuMs = Math.Max(earlier.CpuMs, again.CpuMs),
                BoostedAtLayout = earlier.BoostedAtLayout || again.BoostedAtLayout,
                IsPreloadedFont = earlier.IsPreloadedFont || again.IsPreloadedFont,
            };
            return existing;
        }
        var request = new SimRequest(path, type, SiteOrigin, bytes + constants.HeaderBytes, priority, discovery, parent, fraction);
        _requests.Add(describe?.Invoke(request) ?? request);
        _byPath[path] = _requests.Count - 1;
        return _requests.Count - 1;
    }

    /// <summary>Replaces a request's description (e.g. to raise it once the page's layout is known).</summary>
    public void Update(int index, Func<SimRequest, SimRequest> change) => _requests[index] = change(_requests[index]);

    /// <summary>The unminified size of a text file, in KB, for parse and compile costs.</summary>
    public double TextKb(string path) => files.TextKb(path);
}
