using System.Globalization;
using System.Text;
using NetVips;
using SiteOptimizer.Imaging.Vips;

namespace SiteOptimizer.Bench;

/// <summary>
/// Writes a synthetic photo site for bench/many-photos.sh: <c>count</c> distinct JPEG
/// photographs of 1.2 to 3.8 megapixels, made from the sample site's photographs (each
/// cropped to its own size, tinted and mirrored so no two share bytes), and pages of 20
/// photos each with an index linking them all.
/// </summary>
internal static class PhotoSite
{
    private const int PhotosPerPage = 20;
    private static readonly (int Width, int Height)[] s_sizes = [(1280, 960), (1600, 1200), (2048, 1365), (2400, 1600)];

    public static void Write(string imagesRoot, int count, string folder)
    {
        var sources = ImageFolder.LoadJpegs(imagesRoot).Select(image => image.Bytes).ToList();
        Directory.CreateDirectory(Path.Combine(folder, "photos"));
        Directory.CreateDirectory(Path.Combine(folder, "pages"));
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            File.WriteAllBytes(Path.Combine(folder, "photos", Name(i)), Photo(sources[i % sources.Count], i));
        });
        var pages = (count + PhotosPerPage - 1) / PhotosPerPage;
        for (var page = 0; page < pages; page++)
        {
            var images = Enumerable.Range(page * PhotosPerPage, Math.Min(PhotosPerPage, count - (page * PhotosPerPage)))
                .Select(i => Invariant($"<figure><img src=\"../photos/{Name(i)}\" alt=\"Photo {i + 1}\"><figcaption>Photo {i + 1}</figcaption></figure>"));
            File.WriteAllText(Path.Combine(folder, "pages", Invariant($"page-{page + 1:D3}.html")), Html($"Page {page + 1}", "../style.css", string.Join('\n', images)));
        }
        var links = Enumerable.Range(1, pages).Select(p => Invariant($"<li><a href=\"pages/page-{p:D3}.html\">Page {p}</a></li>"));
        File.WriteAllText(Path.Combine(folder, "index.html"), Html("Photos", "style.css", "<ul>" + string.Join('\n', links) + "</ul>"));
        File.WriteAllText(Path.Combine(folder, "style.css"), "body { font: 16px/1.5 sans-serif; margin: 0 auto; max-width: 72rem; }\nfigure img { width: 100%; height: auto; }\n");
    }

    private static string Name(int i) => Invariant($"p{i + 1:D4}.jpg");

    private static byte[] Photo(byte[] source, int i)
    {
        var (width, height) = s_sizes[i % s_sizes.Length];
        return Photo(source, i, width, height);
    }

    /// <summary>The <paramref name="i"/>th distinct photograph: <paramref name="source"/> cropped to the size, tinted and mirrored (and softened by <paramref name="blur"/>, a Gaussian sigma).</summary>
    internal static byte[] Photo(byte[] source, int i, int width, int height, int quality = 90, double blur = 0)
    {
        using var cropped = Image.ThumbnailBuffer(source, width, height: height, crop: Enums.Interesting.Centre, size: Enums.Size.Both);
        var tint = 0.85 + (i % 31 / 100.0);
        using var tinted = cropped.Linear([tint], [i % 7], uchar: true);
        using var turned = tinted.Flip(i % 2 == 0 ? Enums.Direction.Horizontal : Enums.Direction.Vertical);
        using var soft = blur > 0 ? turned.Gaussblur(blur) : turned.Copy();
        return VipsOperations.Save("jpegsave_buffer", soft, Invariant($"Q={quality},keep=none"));
    }

    internal static string Html(string title, string css, string body) =>
        new StringBuilder("<!doctype html><html lang=en><head><meta charset=utf-8><meta name=viewport content=\"width=device-width\">")
            .Append("<title>").Append(title).Append("</title><link rel=stylesheet href=\"").Append(css).Append("\"></head><body><h1>")
            .Append(title).Append("</h1>\n").Append(body).Append("\n</body></html>\n").ToString();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
