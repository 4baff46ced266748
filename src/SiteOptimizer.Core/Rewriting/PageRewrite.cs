using SiteOptimizer.Diagnostics;

namespace SiteOptimizer.Rewriting;

/// <summary>A rewritten page: its new HTML (null when nothing changed), the hints added, and what to tell the user.</summary>
internal sealed record PageRewrite(string? Html, IReadOnlyList<Preload> Preloads, IReadOnlyList<Diagnostic> Diagnostics);
