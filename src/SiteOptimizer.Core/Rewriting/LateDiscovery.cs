using AngleSharp.Dom;
using SiteOptimizer.Discovery;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Whether the browser finds an <c>&lt;img&gt;</c> late, so that a preload at the top of the head
/// starts it sooner: when at least <see cref="BlockingBefore"/> render- or parser-blocking
/// resources come before it (stylesheets in the head and those they <c>@import</c>, classic
/// scripts without <c>async</c>/<c>defer</c>), which browsers request first and at the highest
/// priority; or when more than <see cref="FirstRoundTrip"/> characters of markup precede it, more
/// than the first round trip of a new connection brings (TCP's initial window, 10 × 1460 bytes),
/// so not even the preload scanner sees it before a second round trip.
/// </summary>
internal static class LateDiscovery
{
    public const int BlockingBefore = 3;
    public const int FirstRoundTrip = 14_600;

    // Markup siteopt adds itself is not counted, so a second run measures no more than the first.
    private static readonly string[] s_addedAttributes = ["srcset", "sizes", "width", "height", "loading", "decoding", "fetchpriority"];

    public static bool IsLate(IElement image, PageStyles styles) =>
        BlockingResources(image, styles) >= BlockingBefore || MarkupBefore(image) > FirstRoundTrip;

    private static int BlockingResources(IElement image, PageStyles styles)
    {
        var document = image.Owner!;
        var stylesheets = document.Head?.QuerySelectorAll("link[rel~=stylesheet][href]")
            .Count(l => l.GetAttribute("media") is null or "" or "all" or "screen" && !l.HasAttribute("disabled")) ?? 0;
        var imported = styles.Sheets.Count(s => s.ImportDepth > 0);
        var scripts = document.QuerySelectorAll("script[src]").Count(s =>
            HtmlScriptType.Of(s.GetAttribute("type")) == HtmlScriptKind.Classic
            && !s.HasAttribute("async") && !s.HasAttribute("defer") && DocumentOrder.Follows(image, s));
        return stylesheets + imported + scripts;
    }

    private static int MarkupBefore(IElement image)
    {
        var length = 0;
        foreach (var node in image.Owner!.DocumentElement.GetDescendantsAndSelf())
        {
            if (node == image)
            {
                break;
            }
            length += node switch
            {
                IElement element when !IsAdded(element) => element.LocalName.Length + 2
                    + element.Attributes.Where(a => !(element.LocalName == "img" && s_addedAttributes.Contains(a.Name))).Sum(a => a.Name.Length + a.Value.Length + 4),
                IText text => Collapsed(text.Data),
                _ => 0,
            };
        }
        return length;
    }

    private static bool IsAdded(IElement element) =>
        element.LocalName is "picture" or "source"
        || (element.LocalName == "link" && element.GetAttribute("rel") is "preload" or "modulepreload" or "preconnect");

    private static int Collapsed(string text)
    {
        var length = 0;
        var inSpace = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            length += space && inSpace ? 0 : 1;
            inSpace = space;
        }
        return length;
    }
}
