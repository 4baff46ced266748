using AngleSharp.Dom;
using SiteOptimizer.Discovery;
using SiteOptimizer.Emit;
using SiteOptimizer.Estimation.Simulation;
using SiteOptimizer.Estimation.Layout;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// The requests the HTML names, element by element in document order, with Chrome's priorities:
/// stylesheets and fonts highest, scripts high (async, deferred and module scripts low), images
/// low with the first five large ones medium, <c>fetchpriority</c> honoured, those in view
/// raised to high at the first layout. What the preload scanner sees is discovered when that
/// part of the HTML arrives; lazy images at the first layout if they are near the viewport,
/// and not before load if they are not.
/// </summary>
internal sealed class ElementRequests(
    RequestList list, string pagePath, NetworkProfile profile, ModelConstants constants, ModelOptions options,
    PageLayout layout, Func<IElement, bool> isLarge, Func<IElement, double> fractionOf)
{
    private const int MediumPriorityImages = 5;

    // Chrome starts lazy images this far below the viewport (4G and faster; 2500 px on 3G).
    private readonly double _lazyMargin = profile.RttMs >= 270 ? 2500 : 1250;
    private int _largeImages;

    /// <summary>The request each <c>&lt;img&gt;</c> made (the file chosen from its picture and srcset).</summary>
    public Dictionary<IElement, int> ChosenImages { get; } = [];

    /// <summary>The request of each element's own background (its <c>style</c> attribute), with the image's site path.</summary>
    public List<(string Path, IElement Element, int Request)> InlineBackgrounds { get; } = [];

    public void Visit(IElement element)
    {
        switch (element.LocalName)
        {
            case "link":
                Link(element);
                break;
            case "script" when element.GetAttribute("src") is { } src:
                Script(element, src);
                break;
            case "script" when HtmlScriptType.Of(element.GetAttribute("type")) == HtmlScriptKind.Module:
                InlineModule(element);
                break;
            case "img":
                Image(element);
                break;
            case "video" when element.GetAttribute("poster") is { } poster:
                list.Add(Resolve(poster), ResourceType.Image, RequestPriority.Low, DiscoveryRule.WhenParentBytesArrive, 0, fractionOf(element));
                break;
        }
        if (element.GetAttribute("style") is { } style && style.Contains("url(", StringComparison.OrdinalIgnoreCase)
            && BackgroundImageUrl.OfStyle(style) is { } url && Resolve(url) is { } path)
        {
            var index = list.Add(path, ResourceType.Image, RequestPriority.Low, DiscoveryRule.AtFirstLayout, describe: r => r with { BoostedAtLayout = element.Closest("footer") is null });
            if (index >= 0)
            {
                InlineBackgrounds.Add((path, element, index));
            }
        }
    }

    private void Link(IElement link)
    {
        var preloadAs = link.GetAttribute("as")?.Trim().ToLowerInvariant();
        if (LinkRelation.Classify(link.GetAttribute("rel"), preloadAs) is not { } resource || link.GetAttribute("href") is not { } href)
        {
            return;
        }
        var high = !options.IgnoreHints && string.Equals(link.GetAttribute("fetchpriority"), "high", StringComparison.OrdinalIgnoreCase);
        if (resource.IsStylesheet)
        {
            var blocking = link.Closest("head") is not null && ViewportMedia.Matches(link.GetAttribute("media"), profile) && !link.HasAttribute("disabled");
            var path = Resolve(href);
            list.Add(path, ResourceType.Stylesheet, blocking ? RequestPriority.VeryHigh : RequestPriority.VeryLow, DiscoveryRule.WhenParentBytesArrive, 0, fractionOf(link),
                r => r with { BlocksRender = blocking, CpuMs = path is null ? 0 : list.TextKb(path) * constants.CssParseMsPerKb });
            return;
        }
        if (resource.Discovery != DiscoveryKind.Preload || options.IgnoresPreloadOf(resource.Type) || !ViewportMedia.Matches(link.GetAttribute("media"), profile))
        {
            return;
        }
        var url = resource.Type == ResourceType.Image ? ImageChoice.Pick(link.GetAttribute("imagesrcset"), link.GetAttribute("imagesizes"), href, profile) ?? href : href;
        var priority = resource.Type switch
        {
            ResourceType.Stylesheet or ResourceType.Font => RequestPriority.VeryHigh,
            ResourceType.Image => high ? RequestPriority.High : RequestPriority.Low,
            _ => RequestPriority.High,
        };
        list.Add(Resolve(url), resource.Type, priority, DiscoveryRule.WhenParentBytesArrive, 0, fractionOf(link),
            r => r with { IsPreloadedFont = resource.Type == ResourceType.Font });
    }

    private void Script(IElement script, string src)
    {
        var kind = HtmlScriptType.Of(script.GetAttribute("type"));
        if (kind == HtmlScriptKind.Data || (kind == HtmlScriptKind.Classic && script.HasAttribute("nomodule")))
        {
            return;
        }
        var deferred = kind == HtmlScriptKind.Module || script.HasAttribute("async") || script.HasAttribute("defer");
        var blocking = !deferred && script.Closest("head") is not null;
        var path = Resolve(src);
        list.Add(path, kind == HtmlScriptKind.Module ? ResourceType.Module : ResourceType.Script, deferred ? RequestPriority.Low : RequestPriority.High,
            DiscoveryRule.WhenParentBytesArrive, 0, fractionOf(script),
            r => r with { BlocksRender = blocking, CpuMs = path is null ? 0 : list.TextKb(path) * constants.ScriptMsPerKb });
    }

    // An inline module's static imports are fetched when the parser reaches it (the preload
    // scanner does not read inline code); what they import, once each has arrived.
    private void InlineModule(IElement script)
    {
        foreach (var import in ModuleImportExtractor.Extract(script.TextContent).References.Where(r => !r.IsAsync && r.Discovery != DiscoveryKind.Navigation))
        {
            var path = Resolve(import.Url);
            list.Add(path, ResourceType.Module, RequestPriority.Low, DiscoveryRule.WhenParentBytesArrive, 0, fractionOf(script),
                r => r with { CpuMs = path is null ? 0 : list.TextKb(path) * constants.ScriptMsPerKb });
        }
    }

    private void Image(IElement image)
    {
        // An image the layout did not place (hidden) is still fetched unless it is lazy.
        var box = layout.Boxes.GetValueOrDefault(image);
        var inView = box is not null && box.Top < profile.ViewportHeight;
        var lazy = !options.IgnoreLazy && string.Equals(image.GetAttribute("loading")?.Trim(), "lazy", StringComparison.OrdinalIgnoreCase);
        if ((lazy && (box is null || box.Top >= profile.ViewportHeight + _lazyMargin)) || ImageChoice.For(image, profile) is not { } chosen)
        {
            return;
        }
        var fetchPriority = options.IgnoreHints ? null : image.GetAttribute("fetchpriority")?.Trim().ToLowerInvariant();
        var large = isLarge(image) && _largeImages++ < MediumPriorityImages;
        var priority = fetchPriority switch
        {
            "high" => RequestPriority.High,
            "low" => RequestPriority.Low,
            _ => large ? RequestPriority.Medium : RequestPriority.Low,
        };
        var index = lazy
            ? list.Add(Resolve(chosen), ResourceType.Image, priority, DiscoveryRule.AtFirstLayout, describe: r => r with { BoostedAtLayout = inView })
            : list.Add(Resolve(chosen), ResourceType.Image, priority, DiscoveryRule.WhenParentBytesArrive, 0, fractionOf(image), r => r with { BoostedAtLayout = inView });
        if (index >= 0)
        {
            ChosenImages[image] = index;
        }
    }

    private string? Resolve(string url) => SitePaths.Resolve(pagePath, url);
}
