using SiteOptimizer.Rewriting.Css;

namespace SiteOptimizer.Rewriting;

/// <summary>A stylesheet that applies to a page, and the site path its URLs are relative to.</summary>
/// <param name="Path">The stylesheet's site path (the page's own path for a <c>&lt;style&gt;</c> block).</param>
/// <param name="Sheet">Its rules.</param>
/// <param name="ImportDepth">0 for a stylesheet the page links, 1 for one that imports, and so on.</param>
internal sealed record PageStylesheet(string Path, CssStylesheet Sheet, int ImportDepth);
