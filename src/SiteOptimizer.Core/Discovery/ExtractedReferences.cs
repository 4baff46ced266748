namespace SiteOptimizer.Discovery;

/// <summary>The references found in one file.</summary>
/// <param name="BaseUrl">The <c>&lt;base href&gt;</c> of an HTML page, as written, or null: references resolve against it, then against the page's URL.</param>
/// <param name="References">In document order.</param>
internal sealed record ExtractedReferences(string? BaseUrl, IReadOnlyList<Reference> References);
