namespace SiteOptimizer.Bench;

/// <summary>
/// Writes the small site of bench/small-site.sh: one page of five distinct photographs, four of
/// 1600×1067 (busy, quality 95) and one of 3200×2134 (soft, quality 60), which has four times
/// their pixels and so is about half the encoding work, yet the fewest bytes, as a smooth
/// photograph often has: siteopt starts the largest files first, so this one starts last and
/// is encoded at the tail of the batch.
/// </summary>
internal static class SmallPhotoSite
{
    private static readonly (int Width, int Height)[] s_sizes = [(1600, 1067), (1600, 1067), (1600, 1067), (1600, 1067), (3200, 2134)];

    public static void Write(string imagesRoot, string folder)
    {
        var sources = ImageFolder.LoadJpegs(imagesRoot).OrderByDescending(image => image.Bytes.Length).Select(image => image.Bytes).ToList();
        Directory.CreateDirectory(folder);
        var figures = new List<string>();
        for (var i = 0; i < s_sizes.Length; i++)
        {
            var (width, height) = s_sizes[i];
            var name = $"photo-{i + 1}.jpg";
            var large = width > 1600;
            File.WriteAllBytes(Path.Combine(folder, name), PhotoSite.Photo(sources[i % sources.Count], i, width, height, large ? 60 : 95, large ? 2.0 : 0));
            figures.Add($"<figure><img src=\"{name}\" alt=\"Photo {i + 1}\"></figure>");
        }
        File.WriteAllText(Path.Combine(folder, "index.html"), PhotoSite.Html("Five photos", "style.css", string.Join('\n', figures)));
        File.WriteAllText(Path.Combine(folder, "style.css"), "body { font: 16px/1.5 sans-serif; margin: 0 auto; max-width: 72rem; }\nfigure img { width: 100%; height: auto; }\n");
    }
}
