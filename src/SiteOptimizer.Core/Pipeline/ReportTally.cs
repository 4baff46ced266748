using SiteOptimizer.Diagnostics;

namespace SiteOptimizer.Pipeline;

/// <summary>Collects sizes and diagnostics from many workers at once.</summary>
internal sealed class ReportTally
{
    private readonly Lock _gate = new();
    private readonly Dictionary<FileType, FileTypeTotals> _totals = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, FileSizes> _files = new(StringComparer.Ordinal);

    public int ImagesOptimized { get; private set; }

    public int ImagesKept { get; private set; }

    /// <summary>Variant files written (WebP, AVIF, smaller widths) and their bytes.</summary>
    public (int Files, long Bytes) Variants { get; private set; }

    /// <summary>Precompressed siblings written (.br, .gz) and their bytes.</summary>
    public (int Files, long Bytes) Precompressed { get; private set; }

    public void AddVariant(long bytes)
    {
        lock (_gate)
        {
            Variants = (Variants.Files + 1, Variants.Bytes + bytes);
        }
    }

    public void AddPrecompressed(long bytes)
    {
        lock (_gate)
        {
            Precompressed = (Precompressed.Files + 1, Precompressed.Bytes + bytes);
        }
    }

    public void Add(SiteFile file, long bytesAfter)
    {
        lock (_gate)
        {
            var totals = _totals.GetValueOrDefault(file.Type) ?? new FileTypeTotals(file.Type, 0, 0, 0);
            _totals[file.Type] = totals with
            {
                Files = totals.Files + 1,
                BytesBefore = totals.BytesBefore + file.Length,
                BytesAfter = totals.BytesAfter + bytesAfter,
            };
            _files[file.RelativePath] = new FileSizes(file.RelativePath, file.Type, file.Length, bytesAfter);
            if (file.Type.IsRaster())
            {
                if (bytesAfter < file.Length)
                {
                    ImagesOptimized++;
                }
                else
                {
                    ImagesKept++;
                }
            }
        }
    }

    /// <summary>A file written once more, now <paramref name="bytesAfter"/> long: counted once, at its last size.</summary>
    public void Rewritten(SiteFile file, long bytesAfter)
    {
        lock (_gate)
        {
            if (_files.TryGetValue(file.RelativePath, out var first) && _totals.TryGetValue(file.Type, out var totals))
            {
                _totals[file.Type] = totals with { BytesAfter = totals.BytesAfter - first.BytesAfter + bytesAfter };
                _files[file.RelativePath] = first with { BytesAfter = bytesAfter };
            }
        }
    }

    public void Report(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _diagnostics.Add(diagnostic);
        }
    }

    public IReadOnlyList<FileTypeTotals> Totals()
    {
        lock (_gate)
        {
            return [.. _totals.Values.OrderByDescending(t => t.BytesBefore).ThenBy(t => t.Type)];
        }
    }

    /// <summary>Every file written, by path.</summary>
    public IReadOnlyList<FileSizes> Files()
    {
        lock (_gate)
        {
            return [.. _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal)];
        }
    }

    public IReadOnlyList<Diagnostic> Diagnostics()
    {
        lock (_gate)
        {
            return [.. _diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Code, StringComparer.Ordinal)];
        }
    }
}
