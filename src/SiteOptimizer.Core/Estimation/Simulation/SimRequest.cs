using SiteOptimizer.Discovery;

namespace SiteOptimizer.Estimation.Simulation;

/// <summary>One request of a page model: what it is, how big it is as served, and when it can start.</summary>
/// <param name="Url">The URL.</param>
/// <param name="Type">What it is.</param>
/// <param name="Origin">Scheme, host and port: requests of one origin share its connections (those without credentials, marked with <see cref="AnonymousPool"/>, have their own).</param>
/// <param name="Bytes">Bytes on the wire: the body as served (compressed where the host compresses) plus headers.</param>
/// <param name="Priority">Chrome's priority when it is discovered.</param>
/// <param name="Discovery">When it is discovered.</param>
/// <param name="Parent">The request it is discovered through (index into the model's requests), or -1.</param>
/// <param name="ParentFraction">For <see cref="DiscoveryRule.WhenParentBytesArrive"/>: how much of the parent must have arrived, 0–1.</param>
internal sealed record SimRequest(
    string Url,
    ResourceType Type,
    string Origin,
    long Bytes,
    RequestPriority Priority,
    DiscoveryRule Discovery,
    int Parent = -1,
    double ParentFraction = 0)
{
    /// <summary>Appended (after a space) to the origin of requests made without credentials: their own connections, the host's DNS lookup.</summary>
    public const string AnonymousPool = "(anonymous)";

    /// <summary>The host, for DNS: the origin without the connection pool.</summary>
    public string Host => Origin.Split(' ')[0];

    /// <summary>Holds back the first paint until it has arrived and been processed (head CSS, sync scripts in head).</summary>
    public bool BlocksRender { get; init; }

    /// <summary>Main-thread work once it has arrived (parse, compile, run, decode), in ms on the machine the constants were taken on.</summary>
    public double CpuMs { get; init; }

    /// <summary>A preloaded web font: Chrome holds the first paint back for it, briefly (see <see cref="ModelConstants.PreloadedFontPaintDelayMs"/>).</summary>
    public bool IsPreloadedFont { get; init; }

    /// <summary>Raised to high priority at the first layout (an image found to be in the viewport).</summary>
    public bool BoostedAtLayout { get; init; }

    /// <summary>For <see cref="DiscoveryRule.WhenAllDone"/>: the requests (indexes) that must all have been processed.</summary>
    public IReadOnlyList<int> Prerequisites { get; init; } = [];
}
