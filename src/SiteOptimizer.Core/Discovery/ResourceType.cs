namespace SiteOptimizer.Discovery;

/// <summary>What a resource is to the browser that loads it.</summary>
public enum ResourceType
{
    /// <summary>An HTML page.</summary>
    Document,
    /// <summary>A stylesheet.</summary>
    Stylesheet,
    /// <summary>A classic script.</summary>
    Script,
    /// <summary>An ES module.</summary>
    Module,
    /// <summary>An image.</summary>
    Image,
    /// <summary>A web font.</summary>
    Font,
    /// <summary>A favicon or touch icon.</summary>
    Icon,
    /// <summary>A web app manifest.</summary>
    Manifest,
    /// <summary>Audio or video.</summary>
    Media,
    /// <summary>Anything else (a sitemap, a PDF, …).</summary>
    Other,
}
