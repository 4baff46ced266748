using AngleSharp.Dom;

namespace SiteOptimizer.Discovery;

/// <summary>Collects the references of one page, element by element in document order.</summary>
internal sealed class HtmlReferenceCollector(string html)
{
    private readonly List<Reference> _references = [];
    private readonly EmbeddedReferences _embedded = new(html);

    public string? BaseUrl { get; private set; }

    public IReadOnlyList<Reference> References => _references;

    public void Visit(IElement element)
    {
        switch (element.LocalName)
        {
            case "a" or "area":
                Add(element, "href", ResourceType.Document, DiscoveryKind.Navigation);
                break;
            case "img":
                Add(element, "src", ResourceType.Image, DiscoveryKind.HtmlParser, WithLoadingHints(element));
                AddSrcset(element, "srcset", ResourceType.Image, DiscoveryKind.HtmlParser, WithLoadingHints(element));
                break;
            case "source":
                VisitSource(element);
                break;
            case "video":
                // A poster is an image, whatever element names it.
                Add(element, "poster", ResourceType.Image, DiscoveryKind.HtmlParser);
                Add(element, "src", ResourceType.Media, DiscoveryKind.HtmlParser);
                break;
            case "audio":
                Add(element, "src", ResourceType.Media, DiscoveryKind.HtmlParser);
                break;
            case "iframe" or "frame":
                Add(element, "src", ResourceType.Document, DiscoveryKind.HtmlParser, WithLoadingHints(element));
                break;
            case "embed":
                Add(element, "src", ResourceType.Other, DiscoveryKind.HtmlParser);
                break;
            case "object":
                Add(element, "data", ResourceType.Other, DiscoveryKind.HtmlParser);
                break;
            case "link":
                VisitLink(element);
                break;
            case "script":
                VisitScript(element);
                break;
            case "meta":
                VisitMeta(element);
                break;
            case "style":
                _references.AddRange(_embedded.FromStyleElement(element));
                break;
            case "base" when BaseUrl is null && element.GetAttribute("href") is { } href:
                BaseUrl = FetchableUrl.TrimAsciiWhitespace(href); // only the first <base href> counts
                break;
        }
        if (element.HasAttribute("style"))
        {
            _references.AddRange(_embedded.FromStyleAttribute(element));
        }
    }

    private void VisitSource(IElement source)
    {
        switch (source.ParentElement?.LocalName)
        {
            case "picture":
                var media = source.GetAttribute("media")?.Trim();
                AddSrcset(source, "srcset", ResourceType.Image, DiscoveryKind.HtmlParser, r => r with { Media = media });
                break;
            case "video" or "audio":
                Add(source, "src", ResourceType.Media, DiscoveryKind.HtmlParser);
                break;
        }
    }

    private void VisitLink(IElement link)
    {
        var preloadAs = link.GetAttribute("as")?.Trim().ToLowerInvariant();
        if (LinkRelation.Classify(link.GetAttribute("rel"), preloadAs) is not { } resource)
        {
            return;
        }
        var media = link.GetAttribute("media")?.Trim();
        var blocking = resource.IsStylesheet && IsInHead(link) && MatchesScreen(media)
            && !link.HasAttribute("disabled") && !HasRelation(link, "alternate");
        Func<Reference, Reference> describe = r => r with
        {
            Media = media,
            PreloadAs = preloadAs,
            FetchPriority = FetchPriorityOf(link),
            IsRenderBlocking = blocking,
        };
        Add(link, "href", resource.Type, resource.Discovery, describe);
        if (resource.Discovery == DiscoveryKind.Preload)
        {
            AddSrcset(link, "imagesrcset", resource.Type, resource.Discovery, describe);
        }
    }

    private void VisitScript(IElement script)
    {
        var kind = HtmlScriptType.Of(script.GetAttribute("type"));
        var isAsync = script.HasAttribute("async");
        if (kind == HtmlScriptKind.Module)
        {
            // Module scripts are deferred by default; async lets them run as soon as they arrive.
            Add(script, "src", ResourceType.Module, DiscoveryKind.HtmlParser,
                r => r with { IsDeferred = true, IsAsync = isAsync, FetchPriority = FetchPriorityOf(script) });
            if (!script.HasAttribute("src"))
            {
                _references.AddRange(_embedded.FromInlineScript(script, isModule: true));
            }
        }
        else if (kind == HtmlScriptKind.Classic)
        {
            var isDeferred = script.HasAttribute("defer");
            // Browsers that know modules skip a nomodule script: the crawler still fetches it for
            // older browsers, the estimator must not count it, so it is filed with hyperlinks.
            var discovery = script.HasAttribute("nomodule") ? DiscoveryKind.Navigation : DiscoveryKind.HtmlParser;
            Add(script, "src", ResourceType.Script, discovery, r => r with
            {
                IsAsync = isAsync,
                IsDeferred = isDeferred,
                FetchPriority = FetchPriorityOf(script),
                IsRenderBlocking = discovery == DiscoveryKind.HtmlParser && !isAsync && !isDeferred && IsInHead(script),
            });
            if (!script.HasAttribute("src"))
            {
                _references.AddRange(_embedded.FromInlineScript(script, isModule: false));
            }
        }
    }

    private void VisitMeta(IElement meta)
    {
        // Social preview images are fetched by link unfurlers, never by the page itself: filed
        // with hyperlinks so the crawler optimizes them and the estimator leaves them out.
        var name = (meta.GetAttribute("property") ?? meta.GetAttribute("name"))?.Trim().ToLowerInvariant();
        if (name is "og:image" or "og:image:url" or "og:image:secure_url" or "twitter:image" or "twitter:image:src")
        {
            Add(meta, "content", ResourceType.Image, DiscoveryKind.Navigation);
        }
    }

    private void Add(IElement element, string attribute, ResourceType type, DiscoveryKind discovery, Func<Reference, Reference>? describe = null) =>
        AddUrl(element, attribute, element.GetAttribute(attribute), type, discovery, describe);

    private void AddSrcset(IElement element, string attribute, ResourceType type, DiscoveryKind discovery, Func<Reference, Reference>? describe = null)
    {
        foreach (var candidate in SrcsetParser.Parse(element.GetAttribute(attribute) ?? ""))
        {
            AddUrl(element, attribute, candidate.Url, type, discovery,
                r => (describe?.Invoke(r) ?? r) with { Descriptor = candidate.Descriptor });
        }
    }

    private void AddUrl(IElement element, string origin, string? value, ResourceType type, DiscoveryKind discovery, Func<Reference, Reference>? describe)
    {
        var url = FetchableUrl.TrimAsciiWhitespace(value ?? "");
        if (!FetchableUrl.IsFetchable(url))
        {
            return;
        }
        var position = element.SourceReference?.Position;
        var reference = new Reference(url, type, discovery, position?.Line ?? 0, position?.Column ?? 0)
        {
            Element = element.LocalName,
            Origin = origin,
        };
        _references.Add(describe?.Invoke(reference) ?? reference);
    }

    private static Func<Reference, Reference> WithLoadingHints(IElement element) => r => r with
    {
        IsLazy = string.Equals(element.GetAttribute("loading")?.Trim(), "lazy", StringComparison.OrdinalIgnoreCase),
        FetchPriority = FetchPriorityOf(element),
    };

    private static string? FetchPriorityOf(IElement element) => element.GetAttribute("fetchpriority")?.Trim().ToLowerInvariant();

    private static bool MatchesScreen(string? media) =>
        FetchableUrl.TrimAsciiWhitespace(media ?? "").ToLowerInvariant() is "" or "all" or "screen";

    private static bool HasRelation(IElement link, string relation) =>
        (link.GetAttribute("rel") ?? "").Split(' ', '\t', '\n', '\f', '\r').Contains(relation, StringComparer.OrdinalIgnoreCase);

    private static bool IsInHead(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName == "head")
            {
                return true;
            }
        }
        return false;
    }
}
