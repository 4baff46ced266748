using System.Text.RegularExpressions;

namespace SiteOptimizer.Tests.Browser.Comparison;

/// <summary>
/// A static site whose pages are compared before and after optimization: its folder, every
/// HTML page in it, and the origin it is published at when its pages say so in
/// <c>&lt;link rel="canonical"&gt;</c> (requests there are answered from the same folder).
/// </summary>
internal sealed partial record PageSite(string Name, string Folder, Uri? OwnOrigin, IReadOnlyList<string> Pages)
{
    public static PageSite Open(string folder)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var pages = Directory.EnumerateFiles(full, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(full, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new PageSite(Path.GetFileName(full), full, CanonicalOrigin(full, pages), pages);
    }

    private static Uri? CanonicalOrigin(string folder, List<string> pages) => pages
        .Select(page => CanonicalLink().Match(File.ReadAllText(Path.Combine(folder, page))))
        .Where(match => match.Success && Uri.TryCreate(match.Groups["href"].Value, UriKind.Absolute, out _))
        .Select(match => new Uri(new Uri(match.Groups["href"].Value).GetLeftPart(UriPartial.Authority) + "/"))
        .FirstOrDefault();

    [GeneratedRegex("""<link[^>]*rel=["']?canonical["']?[^>]*href=["'](?<href>https?://[^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex CanonicalLink();
}
