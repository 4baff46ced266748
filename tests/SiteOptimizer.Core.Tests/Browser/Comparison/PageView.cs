namespace SiteOptimizer.Tests.Browser.Comparison;

/// <summary>
/// A page as a visitor saw it, scrolled through and back to the top: the first viewport and the
/// full page as PNGs (in CSS pixels), where its images are drawn, its stylesheets, the elements
/// whose resource failed to load, and the errors it wrote to the console.
/// </summary>
internal sealed record PageView(
    byte[] FirstViewport,
    byte[] FullPage,
    IReadOnlyList<ElementBox> Boxes,
    IReadOnlyList<StylesheetState> Stylesheets,
    IReadOnlyList<string> FailedResources,
    IReadOnlyList<string> Errors);
