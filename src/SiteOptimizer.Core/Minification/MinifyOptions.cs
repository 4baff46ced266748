using System.ComponentModel;

namespace SiteOptimizer.Minification;

/// <summary>Minification of text assets (the <c>minify</c> section of optimizer.json).</summary>
public sealed record MinifyOptions
{
    /// <summary>Minify JavaScript files with esbuild; top-level names of classic scripts are kept, since other scripts may use them.</summary>
    [Description("Minify JavaScript files with esbuild; top-level names of classic scripts are kept, since other scripts may use them.")]
    public bool Js { get; set; } = true;

    /// <summary>Minify CSS files with esbuild; rule order and @import are kept.</summary>
    [Description("Minify CSS files with esbuild; rule order and @import are kept.")]
    public bool Css { get; set; } = true;

    /// <summary>Minify HTML conservatively: collapse whitespace, drop comments; pre, textarea and white-space-styled elements are kept as they are.</summary>
    [Description("Minify HTML conservatively: collapse whitespace, drop comments; pre, textarea and white-space-styled elements are kept as they are.")]
    public bool Html { get; set; } = true;

    /// <summary>Minify the code inside HTML pages too: inline &lt;style&gt; and &lt;script&gt; (classic and module; data blocks such as JSON-LD are left alone).</summary>
    [Description("Minify the code inside HTML pages too: inline <style> and <script> (classic and module; data blocks such as JSON-LD are left alone).")]
    public bool InlineCode { get; set; } = true;
}
