namespace SiteOptimizer.Pipeline;

/// <summary>A file of the source site.</summary>
/// <param name="FullPath">Where it is on disk.</param>
/// <param name="RelativePath">Its path under the site root, with '/' separators: its URL path.</param>
/// <param name="Length">Its size in bytes.</param>
internal sealed record SiteFile(string FullPath, string RelativePath, long Length)
{
    public FileType Type => FileTypes.Of(RelativePath);
}
