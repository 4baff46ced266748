using SiteOptimizer.Diagnostics;
using SiteOptimizer.Estimation;

namespace SiteOptimizer.Rewriting;

/// <summary>A rewritten page: its new HTML (null when nothing changed), the hints added, and what to tell the user.</summary>
internal sealed record PageRewrite(string? Html, IReadOnlyList<Preload> Preloads, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The kinds of change made to the page that could be held back on it alone.</summary>
    public IReadOnlySet<ChangeKind> Applied { get; init; } = new HashSet<ChangeKind>();
}
