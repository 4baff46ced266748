using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace SiteOptimizer.Rewriting;

/// <summary>How pages are rewritten to load faster (the <c>hints</c> section of optimizer.json).</summary>
public sealed record HintsOptions
{
    /// <summary>Rewrite pages at all: image markup, loading hints and preloads.</summary>
    [Description("Rewrite pages at all: image markup, loading hints and preloads.")]
    public bool Enabled { get; set; } = true;

    /// <summary>Wrap images in <c>&lt;picture&gt;</c> with AVIF and WebP sources (when those are smaller).</summary>
    [Description("Wrap images in <picture> with AVIF and WebP sources (when those are smaller).")]
    public bool Picture { get; set; } = true;

    /// <summary>Give images a <c>srcset</c> of smaller widths (images.widths) with a <c>sizes</c>.</summary>
    [Description("Give images a srcset of smaller widths (images.widths) with a sizes.")]
    public bool Srcset { get; set; } = true;

    /// <summary>Add <c>width</c> and <c>height</c> to images that lack them, so nothing shifts as they load.</summary>
    [Description("Add width and height to images that lack them, so nothing shifts as they load.")]
    public bool Dimensions { get; set; } = true;

    /// <summary>Lazy-load images below the fold; never those above it.</summary>
    [Description("Lazy-load images below the fold; never those above it.")]
    public bool LazyLoading { get; set; } = true;

    /// <summary>How many of a page's first images (in document order, icons aside) count as above the fold.</summary>
    [Description("How many of a page's first images (in document order, icons aside) count as above the fold.")]
    [Range(0, 100)]
    public int AboveTheFoldImages { get; set; } = 2;

    /// <summary>Offer AVIF and WebP for CSS background images with <c>image-set()</c>.</summary>
    [Description("Offer AVIF and WebP for CSS background images with image-set().")]
    public bool CssImageSet { get; set; } = true;

    /// <summary>Also write the pages' preload hints to a <c>_headers</c> file (Netlify, Cloudflare Pages) as <c>Link</c> headers, for 103 Early Hints.</summary>
    [Description("Also write the pages' preload hints to a _headers file (Netlify, Cloudflare Pages) as Link headers, for 103 Early Hints.")]
    public bool HeadersFile { get; set; }

    /// <summary>Most preload, modulepreload and preconnect hints added to one page.</summary>
    [Description("Most preload, modulepreload and preconnect hints added to one page.")]
    [Range(0, 20)]
    public int MaxPreloadsPerPage { get; set; } = 4;
}
