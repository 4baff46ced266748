using SiteOptimizer.Discovery;
using SiteOptimizer.Estimation.Simulation;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// The requests of a page model as they are found. A URL is fetched once: asked for again, the
/// first request stands, raised to the higher priority (a preload, then the element that uses it).
/// </summary>
internal sealed class RequestList(SiteFiles files, ModelConstants constants)
{
    public const string SiteOrigin = "site";

    /// <summary>
    /// Fonts are fetched in CORS anonymous mode, and Chrome never sends those on the page's
    /// credentialed connections: they get a connection of their own, even to the same host.
    /// </summary>
    public const string AnonymousSiteOrigin = SiteOrigin + " " + SimRequest.AnonymousPool;

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
        var request = new SimRequest(path, type, type == ResourceType.Font ? AnonymousSiteOrigin : SiteOrigin, bytes + constants.HeaderBytes, priority, discovery, parent, fraction);
        _requests.Add(describe?.Invoke(request) ?? request);
        _byPath[path] = _requests.Count - 1;
        return _requests.Count - 1;
    }

    /// <summary>Replaces a request's description (e.g. to raise it once the page's layout is known).</summary>
    public void Update(int index, Func<SimRequest, SimRequest> change) => _requests[index] = change(_requests[index]);

    /// <summary>The unminified size of a text file, in KB, for parse and compile costs.</summary>
    public double TextKb(string path) => files.TextKb(path);
}
