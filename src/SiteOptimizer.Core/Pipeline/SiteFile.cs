namespace SiteOptimizer.Pipeline;

/// <summary>A file of the source site: on disk (a folder) or in memory (downloaded).</summary>
/// <param name="RelativePath">Its path under the site root, with '/' separators: where it goes in the output.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="FullPath">Where it is on disk, for a folder source.</param>
/// <param name="Body">Its bytes, for a downloaded file.</param>
internal sealed record SiteFile(string RelativePath, long Length, string? FullPath = null, byte[]? Body = null)
{
    public FileType Type => FileTypes.Of(RelativePath);

    public byte[] ReadBytes() => Body ?? File.ReadAllBytes(FullPath!);

    /// <summary>Looks at the file's bytes without keeping them: a downloaded body as it is, a file on disk in a pooled buffer.</summary>
    public T Inspect<T>(Func<ReadOnlySpan<byte>, T> look)
    {
        if (Body is not null)
        {
            return look(Body);
        }
        using var bytes = RentedBytes.Read(FullPath!);
        return look(bytes.Span);
    }
}
