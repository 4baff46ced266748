namespace SiteOptimizer.Estimation.Simulation;

/// <summary>When the browser learns that it needs a request.</summary>
internal enum DiscoveryRule
{
    /// <summary>At navigation start (the page itself).</summary>
    AtStart,
    /// <summary>When the part of the parent's body that names it has arrived (the HTML preload scanner).</summary>
    WhenParentBytesArrive,
    /// <summary>When the parent has arrived and been parsed (what a stylesheet imports, a module's imports).</summary>
    WhenParentDone,
    /// <summary>At the first style and layout pass (fonts, CSS backgrounds, lazy images in view); after the parent too, if any.</summary>
    AtFirstLayout,
    /// <summary>When every one of its prerequisites has arrived and been processed (an image a script inserts: once the script has run).</summary>
    WhenAllDone,
}
