namespace SiteOptimizer.Integrity;

/// <summary>A page's <c>integrity</c> for one URL: an element's attribute, or an entry of an import map's <c>integrity</c>.</summary>
/// <param name="Url">The URL as written.</param>
/// <param name="Value">The integrity value as the page has it.</param>
/// <param name="Line">Its line in the page, 0 when unknown.</param>
/// <param name="Span">Where the value stands in the page's text (without quotes); null when it cannot be found exactly, and so cannot be rewritten.</param>
internal sealed record IntegrityReference(string Url, string Value, int Line, IntegritySpan? Span)
{
    public IntegrityMetadata Metadata { get; } = IntegrityMetadata.Parse(Value);
}
