using AngleSharp.Dom;
using SiteOptimizer.Estimation.Layout;
using SiteOptimizer.Estimation.Simulation;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// The page's LCP element: of the images, CSS background images (from stylesheets or
/// <c>style</c> attributes), an image a script inserts and text blocks in view when the page
/// opens (by the estimated layout), the one with the largest visible area — for images, the size
/// Chromium gives them (<see cref="ImageLcpSize"/>: none for one that fills the viewport). A text block is drawn in its web font; with <c>font-display: block</c> (or
/// <c>auto</c>) it waits for it. An inserted image is shown once its script has run.
/// </summary>
internal static class PageLcp
{
    private static readonly string[] s_blockingDisplays = ["auto", "block"];

    public static LcpTarget Find(
        RequestList list, PageLayout layout, List<(string Path, IElement Element, int Request)> backgrounds,
        Dictionary<IElement, int> chosen, ScriptInsertedImage? inserted, FontUsage fonts, SiteFiles files, NetworkProfile profile, ModelConstants constants)
    {
        var height = profile.ViewportHeight;
        double Size(LayoutBox box, int request) => ImageLcpSize.Of(box, files.Probe(list.Requests[request].Url),
            list.Requests[request].Bytes - constants.HeaderBytes, profile.ViewportWidth, height);
        IReadOnlyList<int> shownAt = [];
        var images = chosen.Select(c => (Box: layout.Boxes.GetValueOrDefault(c.Key), Request: c.Value, After: shownAt))
            .Concat(backgrounds.Select(b => (Box: layout.Boxes.GetValueOrDefault(b.Element), b.Request, After: shownAt)))
            .Concat(inserted is null ? [] : [(Box: (LayoutBox?)inserted.Box, inserted.Request, After: inserted.InsertedAfter)])
            .Where(i => i.Box is not null)
            .Select(i => (Area: Size(i.Box!, i.Request), i.Request, i.After))
            .OrderByDescending(i => i.Area)
            .FirstOrDefault();
        var text = layout.TextBlocks.OrderByDescending(t => t.VisibleArea(height)).FirstOrDefault();
        var textArea = text?.VisibleArea(height) ?? 0;
        if (images.Area > 0 && images.Area >= textArea)
        {
            var path = list.Requests[images.Request].Url;
            var decode = files.Probe(path) is { } probe ? constants.DecodeMs(probe.Format, probe.Width * (double)probe.Height / 1e6) : 0;
            return new LcpTarget(path, Image: images.Request, DecodeCpuMs: decode) { InsertedAfter = images.After ?? [] };
        }
        if (text is null)
        {
            return new LcpTarget("(no content)");
        }
        var description = $"<{text.Element.LocalName}> {Shorten(text.Element.TextContent)}";
        if (fonts.Of(text.Element) is not { } font || list.IndexOf(font.Path) is var index && index < 0)
        {
            return new LcpTarget(description);
        }
        return new LcpTarget(description, Font: index, FontBlocksText: s_blockingDisplays.Contains(font.Face.Display));
    }

    private static string Shorten(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= 60 ? collapsed : collapsed[..57] + "...";
    }
}
