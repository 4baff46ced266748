namespace SiteOptimizer.Discovery;

/// <summary>
/// One URL written in a page, stylesheet or module, as written (not yet resolved), with where
/// it stands so that it can be reported and rewritten.
/// </summary>
/// <param name="Url">The URL as written, entity- and escape-decoded, trimmed (e.g. <c>../img/a.jpg</c>).</param>
/// <param name="Type">What the resource is.</param>
/// <param name="Discovery">How the browser discovers it.</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column in the file.</param>
internal sealed record Reference(string Url, ResourceType Type, DiscoveryKind Discovery, int Line, int Column)
{
    /// <summary>The element (<c>img</c>, <c>link</c>, …) for HTML references; null in CSS and JS.</summary>
    public string? Element { get; init; }

    /// <summary>The attribute or construct it came from: <c>src</c>, <c>srcset</c>, <c>href</c>, <c>url()</c>, <c>@import</c>, <c>import</c>, <c>import()</c>.</summary>
    public string? Origin { get; init; }

    /// <summary>For a <c>srcset</c> candidate: its descriptor (<c>480w</c>, <c>2x</c>), if any.</summary>
    public string? Descriptor { get; init; }

    /// <summary>A script with <c>async</c>, or a dynamic <c>import()</c>: does not block parsing or rendering.</summary>
    public bool IsAsync { get; init; }

    /// <summary>A script with <c>defer</c> (module scripts are deferred by default).</summary>
    public bool IsDeferred { get; init; }

    /// <summary>An image or iframe with <c>loading=lazy</c>.</summary>
    public bool IsLazy { get; init; }

    /// <summary>The <c>fetchpriority</c> attribute (<c>high</c>, <c>low</c>, <c>auto</c>), if present.</summary>
    public string? FetchPriority { get; init; }

    /// <summary>The <c>as</c> of a preload link, if any.</summary>
    public string? PreloadAs { get; init; }

    /// <summary>A <c>media</c> attribute or <c>@import</c> media query, if any.</summary>
    public string? Media { get; init; }

    /// <summary>A stylesheet that blocks rendering (in <c>&lt;head&gt;</c>, no non-matching media); a sync classic script in <c>&lt;head&gt;</c> blocks too.</summary>
    public bool IsRenderBlocking { get; init; }

    /// <summary>
    /// Where the URL text stands in the file as written (0-based, in UTF-16 code units), so a
    /// rewriter can replace exactly those characters; -1 when unknown (HTML attributes, which a
    /// rewriter edits through the DOM, or an inline style whose value holds character references).
    /// </summary>
    public int Offset { get; init; } = -1;

    /// <summary>The length of the URL text at <see cref="Offset"/> as written (before decoding); -1 when unknown.</summary>
    public int Length { get; init; } = -1;
}
