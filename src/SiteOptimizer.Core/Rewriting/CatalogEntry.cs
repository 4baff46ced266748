using SiteOptimizer.Imaging;

namespace SiteOptimizer.Rewriting;

/// <summary>An image of the site as it will be served: its size and every file written for it.</summary>
/// <param name="Path">The image's site path.</param>
/// <param name="Format">Its format.</param>
/// <param name="Width">Its width as served (after <c>images.maxWidth</c>).</param>
/// <param name="Height">Its height as served.</param>
/// <param name="Sources">The image itself and its variants, narrowest first.</param>
internal sealed record CatalogEntry(string Path, ImageFormat Format, int Width, int Height, IReadOnlyList<ImageSource> Sources)
{
    public bool IsIcon => IconSize.Holds(Width, Height);

    /// <summary>The sources of one format, narrowest first.</summary>
    public IReadOnlyList<ImageSource> Of(ImageFormat format) => [.. Sources.Where(s => s.Format == format).OrderBy(s => s.Width)];

    /// <summary>The full-width source of a format, if written.</summary>
    public ImageSource? Full(ImageFormat format) => Sources.FirstOrDefault(s => s.Format == format && s.Width == Width);
}
