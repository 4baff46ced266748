using System.Collections.Concurrent;
using System.IO.Compression;
using SiteOptimizer.Crawling;
using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>
/// A site folder as a host would serve it. Text files are served compressed: a <c>.br</c> (else
/// <c>.gz</c>) sibling as it is, which is what siteopt writes and hosts with precompressed files
/// serve; without one, gzip at level 6, which is what a host compressing on the fly sends (nginx
/// <c>gzip on</c>, Apache <c>mod_deflate</c>, most CDNs). Other files are served as they are.
/// </summary>
internal sealed class SiteFiles(string root)
{
    private static readonly string[] s_compressedTypes = [".html", ".htm", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".webmanifest", ".ico"];

    private readonly string _root = Path.GetFullPath(root);
    private SiteFiles? _sizesFrom;
    private Func<string, string?> _sizeSource = _ => null;
    private readonly ConcurrentDictionary<string, long?> _served = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ProbedImage?> _probes = new(StringComparer.Ordinal);

    public string Root => _root;

    public bool Exists(string path) => File.Exists(Full(path));

    public byte[]? ReadBytes(string path) => File.Exists(Full(path)) ? File.ReadAllBytes(Full(path)) : null;

    public string? ReadText(string path) => ReadBytes(path) is { } bytes ? TextDecoding.Decode(bytes) : null;

    /// <summary>
    /// A view of this site in which the files <paramref name="source"/> maps are served at the size
    /// of that file of <paramref name="other"/>: this site with one kind of optimization undone.
    /// </summary>
    public SiteFiles WithSizesFrom(SiteFiles other, Func<string, string?> source) => new(_root) { _sizesFrom = other, _sizeSource = source };

    /// <summary>The size of a text file as written, in KB (before compression), for parse and compile costs.</summary>
    public double TextKb(string path) =>
        (_sizesFrom is not null && _sizeSource(path) is { } original && _sizesFrom.Exists(original) ? _sizesFrom : this).ReadBytes(Source(path)) is { } bytes ? bytes.Length / 1024d : 0;

    /// <summary>The body's size on the wire, or null when there is no such file.</summary>
    public long? ServedBytes(string path) =>
        _sizesFrom is not null && _sizeSource(path) is { } original && _sizesFrom.ServedBytes(original) is { } size && Exists(path) ? size : OwnServedBytes(path);

    private string Source(string path) => _sizesFrom is not null && _sizeSource(path) is { } original && _sizesFrom.Exists(original) ? original : path;

    private long? OwnServedBytes(string path) => _served.GetOrAdd(path, p =>
    {
        var file = new FileInfo(Full(p));
        if (!file.Exists)
        {
            return null;
        }
        if (!s_compressedTypes.Contains(file.Extension.ToLowerInvariant()))
        {
            return file.Length;
        }
        foreach (var sibling in new[] { file.FullName + ".br", file.FullName + ".gz" })
        {
            if (File.Exists(sibling))
            {
                return Math.Min(file.Length, new FileInfo(sibling).Length);
            }
        }
        return Math.Min(file.Length, GzipSize(File.ReadAllBytes(file.FullName)));
    });

    /// <summary>An image's format and size, from its header; null for what is not a raster image.</summary>
    public ProbedImage? Probe(string path) => _probes.GetOrAdd(path, p => ReadBytes(p) is { } bytes ? ImageProbe.Read(bytes) : null);

    private static long GzipSize(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        return output.Length;
    }

    private string Full(string path) => Path.Combine(_root, path);
}
