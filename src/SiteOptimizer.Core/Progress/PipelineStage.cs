namespace SiteOptimizer.Progress;

/// <summary>A stage of a run that reports its progress.</summary>
public enum PipelineStage
{
    /// <summary>Fetching every URL of the site: items are URLs, bytes are response bodies.</summary>
    Crawl,

    /// <summary>Recompressing images across the cores: items are images, bytes are the originals read.</summary>
    Images,

    /// <summary>Rewriting pages: image markup, loading hints, preloads. Items are pages.</summary>
    Rewrite,

    /// <summary>Minifying HTML, CSS and JavaScript and writing .br/.gz siblings: items are files.</summary>
    Text,
}
