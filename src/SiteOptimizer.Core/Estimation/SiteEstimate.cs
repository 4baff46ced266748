namespace SiteOptimizer.Estimation;

/// <summary>Every page of a site estimated before and after optimization on one profile.</summary>
/// <param name="Profile">The network and device simulated.</param>
/// <param name="Pages">One estimate per page, ordered by URL.</param>
public sealed record SiteEstimate(NetworkProfile Profile, IReadOnlyList<PageEstimate> Pages)
{
    /// <summary>Pages left out of the estimate, and why.</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Diagnostics { get; init; } = [];
}
