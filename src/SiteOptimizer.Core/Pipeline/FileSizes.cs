namespace SiteOptimizer.Pipeline;

/// <summary>One file of the site, before and after: what the biggest-savings lists are made from.</summary>
/// <param name="Path">Its path under the site root, with '/' separators.</param>
/// <param name="Type">The kind of file.</param>
/// <param name="BytesBefore">Its size in the source.</param>
/// <param name="BytesAfter">Its size in the output.</param>
public sealed record FileSizes(string Path, FileType Type, long BytesBefore, long BytesAfter)
{
    /// <summary>Bytes saved; negative when the file grew (a page given <c>&lt;picture&gt;</c> markup).</summary>
    public long Saved => BytesBefore - BytesAfter;
}
