using System.Collections.Concurrent;
using SiteOptimizer.Caching;
using SiteOptimizer.Configuration;
using SiteOptimizer.Crawling;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Discovery;
using SiteOptimizer.Imaging;
using SiteOptimizer.Integrity;
using SiteOptimizer.Rewriting;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// A site folder's files sorted into texts to rewrite, images to encode and others to copy, with
/// the variants each image needs, all worked out before any image is encoded. Each image is read
/// once for its header (and hash) where the plan needs it; on a cache hit it is not read again.
/// </summary>
internal sealed class FolderPlan
{
    private readonly ConcurrentDictionary<string, (ProbedImage? Probe, ContentHash Content)> _probes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SiteFile> _rasters;
    private readonly Dictionary<string, List<string>> _existingVariants;
    private readonly Dictionary<string, ImageVariants> _wanted;
    private readonly IReadOnlyDictionary<string, ContentHash> _originals;

    /// <param name="source">The site folder.</param>
    /// <param name="excluded">Folders inside it that are not part of the site (the output, the cache).</param>
    /// <param name="options">The run's settings.</param>
    /// <param name="tally">Where diagnostics go.</param>
    /// <param name="originals">For files that replaced an original (a live site's mirror), the original's hash: the cache knows them by it.</param>
    public FolderPlan(string source, IEnumerable<string> excluded, OptimizerOptions options, ReportTally tally, IReadOnlyDictionary<string, ContentHash>? originals = null)
    {
        _originals = originals ?? new Dictionary<string, ContentHash>();
        Files = SiteFolder.Files(source, excluded, tally.Report);
        Texts = ReadTexts(Files, tally);
        var textPaths = Texts.Select(t => t.Path).ToHashSet(StringComparer.Ordinal);
        var byPath = Files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        Integrity = IntegrityPlan.Check(Pages(Texts, Files, textPaths), path => byPath.TryGetValue(path, out var file) ? ReadOrNull(file) : null);
        var rasters = Files.Where(f => f.Type.IsRaster()).ToList();
        _rasters = rasters.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        // Variants of another image, from an earlier run: they stay as they are, and are offered
        // again. The author's own files with such names are images like any other, and the image
        // whose variant names they hold gets no variants, so none is overwritten.
        (_existingVariants, var namesTaken) = ExistingVariants.Sort(
            VariantNames.Existing([.. rasters.Select(f => f.RelativePath)]), Probe, path => _rasters[path].ReadBytes());
        var derived = _existingVariants.Values.SelectMany(v => v).ToHashSet(StringComparer.Ordinal);
        // Largest first: the last image to start is then a small one, and no core idles while
        // another finishes a big one alone (longest-processing-time-first scheduling).
        Images = [.. rasters.Where(f => options.Images.Enabled && !derived.Contains(f.RelativePath) && !Integrity.Keeps(f.RelativePath)).OrderByDescending(f => f.Length)];
        var images = Images.ToHashSet();
        Others = [.. Files.Where(f => !textPaths.Contains(f.RelativePath) && !images.Contains(f))];
        _wanted = VariantPlan.Build(
            Texts.Where(t => t.File.Type == FileType.Html).Select(t => (t.Path, t.Original)),
            Texts.Where(t => t.File.Type == FileType.Css).Select(t => (t.Path, t.Original)),
            Probe, options.Images, options.Hints);
        foreach (var original in _existingVariants.Keys.Concat(namesTaken))
        {
            _wanted.Remove(original);
        }
    }

    public IReadOnlyList<SiteFile> Files { get; }

    /// <summary>Which files pages name with integrity, and which of those must be kept as they are.</summary>
    public IntegrityPlan Integrity { get; }

    public List<TextFile> Texts { get; }

    /// <summary>The images to encode, largest first.</summary>
    public IReadOnlyList<SiteFile> Images { get; }

    /// <summary>Files copied as they are.</summary>
    public IReadOnlyList<SiteFile> Others { get; }

    public ProbedImage? Probe(string path) => _rasters.TryGetValue(path, out var file) ? _probes.GetOrAdd(path, _ => file.Inspect(Read)).Probe : null;

    /// <summary>Variants an earlier run made of this image, to be offered again.</summary>
    public IEnumerable<ImageSource> Existing(string path) => _existingVariants.GetValueOrDefault(path, [])
        .Select(v => (Path: v, Probe: Probe(v)))
        .Where(v => v.Probe is not null)
        .Select(v => new ImageSource(v.Probe!.Format, v.Probe.Width, v.Path));

    /// <summary>What to give the encoder for an image: the bytes it reads are probed too, so the header is never read twice.</summary>
    public ImageInput InputFor(SiteFile file)
    {
        var path = file.RelativePath;
        var known = _originals.TryGetValue(path, out var original) ? original : _probes.TryGetValue(path, out var probed) ? probed.Content : (ContentHash?)null;
        return new ImageInput(path, () =>
        {
            var bytes = file.ReadBytes();
            _probes.TryAdd(path, Read(bytes));
            return bytes;
        })
        {
            Wanted = _wanted.GetValueOrDefault(path, ImageVariants.None),
            Content = known,
        };
    }

    private static (ProbedImage?, ContentHash) Read(ReadOnlySpan<byte> bytes) => (ImageProbe.Read(bytes), ContentHash.Of(bytes));

    // Every page's text for the integrity check: also those copied as they are, whose digests must hold too.
    private static IEnumerable<(string Path, string Html, bool Rewritten)> Pages(List<TextFile> texts, IReadOnlyList<SiteFile> files, HashSet<string> textPaths) =>
        texts.Where(t => t.File.Type == FileType.Html).Select(t => (t.Path, t.Original, true))
            .Concat(files.Where(f => f.Type == FileType.Html && !textPaths.Contains(f.RelativePath))
                .Select(f => (f.RelativePath, ReadOrNull(f) is { } bytes ? TextDecoding.Decode(bytes) : "", false)));

    private static byte[]? ReadOrNull(SiteFile file)
    {
        try
        {
            return file.ReadBytes();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Pages, stylesheets and scripts are read as text in their own encoding, to be rewritten; those that cannot be are copied as they are.
    private static List<TextFile> ReadTexts(IReadOnlyList<SiteFile> files, ReportTally tally)
    {
        var texts = new List<TextFile>();
        foreach (var file in files.Where(f => f.Type is FileType.Html or FileType.Css or FileType.JavaScript))
        {
            var (text, problem) = ReadText(file);
            if (text is not null)
            {
                texts.Add(text);
            }
            else if (problem is not null)
            {
                tally.Report(problem);
            }
        }
        return texts;
    }

    /// <summary>A page, stylesheet or script read as text, or why it is copied as it is.</summary>
    internal static (TextFile? Text, Diagnostic? Problem) ReadText(SiteFile file)
    {
        var bytes = file.ReadBytes();
        var charset = TextCharset.Of(bytes);
        if (charset?.Decode(bytes) is not { } text)
        {
            var problem = charset is null ? "declares a character encoding this machine does not know" : $"not valid {charset.Name}";
            return (null, new Diagnostic(DiagnosticCodes.NotUtf8, DiagnosticSeverity.Warning, file.RelativePath, 0, 0, problem + ": copied as it is, not rewritten or minified"));
        }
        if (file.Type == FileType.Html && HtmlNesting.Refusal(text) is { } refusal)
        {
            return (null, new Diagnostic(DiagnosticCodes.PageTooDeep, DiagnosticSeverity.Warning, file.RelativePath, 0, 0, refusal + ": copied as it is, not rewritten or minified"));
        }
        return (new TextFile(file, text) { Charset = charset }, null);
    }
}
