namespace SiteOptimizer.Pipeline;

/// <summary>Files a run added beside the site's own: how many, and their size.</summary>
/// <param name="Files">How many files.</param>
/// <param name="Bytes">Their total size in bytes.</param>
public sealed record ExtraFiles(int Files, long Bytes);
