using SiteOptimizer.Imaging;

namespace SiteOptimizer.Rewriting;

/// <summary>The site's images as they will be served, by site path.</summary>
internal sealed class ImageCatalog
{
    private readonly Dictionary<string, CatalogEntry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public CatalogEntry? Find(string? path)
    {
        if (path is null)
        {
            return null;
        }
        lock (_gate)
        {
            return _entries.GetValueOrDefault(path);
        }
    }

    /// <summary>Records an image (from its probe), the variants written for it, and variants the site already had.</summary>
    public void Add(string path, ProbedImage probe, ImageResult? result, Func<EncodedImage, string> variantPath, IEnumerable<ImageSource>? existing = null)
    {
        var width = result?.Replacement?.Width ?? probe.Width;
        var height = result?.Replacement?.Height ?? probe.Height;
        var sources = new List<ImageSource> { new(probe.Format, width, path) };
        foreach (var variant in result?.Variants ?? [])
        {
            sources.Add(new ImageSource(variant.Format, variant.Width, variantPath(variant)));
        }
        sources.AddRange((existing ?? []).Where(e => sources.All(s => s.Path != e.Path)));
        lock (_gate)
        {
            _entries[path] = new CatalogEntry(path, probe.Format, width, height, [.. sources.OrderBy(s => s.Width)]);
        }
    }
}
