using SiteOptimizer.Imaging;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// Where an image's variants are written, beside it: <c>hero.jpg</c> → <c>hero.avif</c>,
/// <c>hero.webp</c>, <c>hero-640w.jpg</c>, <c>hero-640w.avif</c>… When such a name is already
/// a file of the site, the original extension is kept in the name (<c>hero-jpg.webp</c>).
/// </summary>
internal sealed class VariantNames(ISet<string> siteFiles)
{
    public string For(string imagePath, EncodedImage variant, int originalWidth) =>
        For(imagePath, variant.Format, variant.Width == originalWidth ? null : variant.Width);

    public string For(string imagePath, ImageFormat format, int? width)
    {
        var directory = imagePath.LastIndexOf('/') is var slash and >= 0 ? imagePath[..(slash + 1)] : "";
        var file = imagePath[directory.Length..];
        var extension = Path.GetExtension(file);
        var stem = file[..^extension.Length];
        var suffix = width is { } w ? $"-{w}w" : "";
        var name = $"{directory}{stem}{suffix}{format.Extension()}";
        return name != imagePath && siteFiles.Contains(name)
            ? $"{directory}{stem}-{extension.TrimStart('.').ToLowerInvariant()}{suffix}{format.Extension()}"
            : name;
    }
}
