namespace SiteOptimizer.Estimation.Simulation;

/// <summary>One page, as the simulator needs it: its requests (the page itself first) and what its LCP is.</summary>
/// <param name="Url">The page URL.</param>
/// <param name="Requests">Every request the page makes before load; index 0 is the page.</param>
/// <param name="BodyFraction">How much of the HTML comes before <c>&lt;body&gt;</c>'s first content, 0–1: the browser cannot paint before it is parsed.</param>
/// <param name="Lcp">The LCP element.</param>
internal sealed record PageModel(string Url, IReadOnlyList<SimRequest> Requests, double BodyFraction, LcpTarget Lcp);
