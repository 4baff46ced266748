namespace SiteOptimizer.Pipeline;

/// <summary>Bytes before and after for one <see cref="FileType"/>.</summary>
/// <param name="Type">The kind of file.</param>
/// <param name="Files">How many files of that kind.</param>
/// <param name="BytesBefore">Their total size in the source.</param>
/// <param name="BytesAfter">Their total size in the output.</param>
public sealed record FileTypeTotals(FileType Type, int Files, long BytesBefore, long BytesAfter)
{
    /// <summary>The fraction of bytes saved, 0–1 (negative when the output grew).</summary>
    public double Saved => BytesBefore > 0 ? 1.0 - ((double)BytesAfter / BytesBefore) : 0;
}
