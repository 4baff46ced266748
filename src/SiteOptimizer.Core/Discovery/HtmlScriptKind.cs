namespace SiteOptimizer.Discovery;

/// <summary>How a browser treats a <c>&lt;script&gt;</c> according to its <c>type</c>.</summary>
internal enum HtmlScriptKind
{
    Classic,
    Module,
    /// <summary>A data block (<c>application/ld+json</c>, <c>importmap</c>, a template): never fetched or run.</summary>
    Data,
}
