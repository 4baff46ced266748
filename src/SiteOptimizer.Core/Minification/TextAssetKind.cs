namespace SiteOptimizer.Minification;

/// <summary>What a text asset is, which decides how esbuild may minify it.</summary>
internal enum TextAssetKind
{
    /// <summary>A stylesheet.</summary>
    Css,

    /// <summary>
    /// A classic script: its top-level names are globals other scripts and inline handlers may
    /// use, so they are never renamed. The safe choice for a <c>.js</c> file of unknown use:
    /// esbuild still recognises <c>import</c>/<c>export</c> syntax.
    /// </summary>
    ClassicScript,

    /// <summary>An ES module (<c>type="module"</c>, <c>.mjs</c>): strict, with its own scope.</summary>
    Module,
}
