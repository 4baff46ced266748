namespace SiteOptimizer.Cli.Output;

/// <summary>How a run shows its progress.</summary>
internal enum ProgressMode
{
    /// <summary>Nothing (<c>--quiet</c>): only diagnostics and the summary.</summary>
    None,

    /// <summary>One plain line as each stage finishes, and every few seconds for a long one: for logs and pipes.</summary>
    Lines,

    /// <summary>Live bars redrawn in place: for a terminal.</summary>
    Bars,
}
