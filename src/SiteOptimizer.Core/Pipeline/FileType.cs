namespace SiteOptimizer.Pipeline;

/// <summary>What kind of file a site file is, by its extension (for reporting).</summary>
public enum FileType
{
    /// <summary>HTML pages.</summary>
    Html,
    /// <summary>Stylesheets.</summary>
    Css,
    /// <summary>Scripts and modules.</summary>
    JavaScript,
    /// <summary>JPEG images.</summary>
    Jpeg,
    /// <summary>PNG images.</summary>
    Png,
    /// <summary>GIF images.</summary>
    Gif,
    /// <summary>WebP images.</summary>
    WebP,
    /// <summary>AVIF images.</summary>
    Avif,
    /// <summary>SVG images.</summary>
    Svg,
    /// <summary>Web fonts.</summary>
    Font,
    /// <summary>Everything else.</summary>
    Other,
}
