using System.Globalization;
using System.Text;

namespace SiteOptimizer.Emit;

/// <summary>Paths of files in a site (<c>/</c>-separated, relative to its root) and the URLs between them.</summary>
internal static class SitePaths
{
    private static readonly Uri s_root = new("http://site.invalid/");

    /// <summary>
    /// The site path a URL written in <paramref name="fromPath"/> points at; null for another site,
    /// <c>data:</c> and the like. An absolute URL to one of the site's own addresses
    /// (<see cref="SiteOrigins.Current"/>) points at the file of its path.
    /// </summary>
    public static string? Resolve(string fromPath, string written)
    {
        if (string.IsNullOrWhiteSpace(written) || !Uri.TryCreate(new Uri(s_root, Escape(fromPath)), written.Trim(), out var target))
        {
            return null;
        }
        if ((target.Scheme != s_root.Scheme || target.Authority != s_root.Authority) && !SiteOrigins.Current.Contains(target))
        {
            return null;
        }
        var path = Uri.UnescapeDataString(target.AbsolutePath).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>
    /// A relative URL from the file at <paramref name="fromPath"/> to the file at <paramref name="toPath"/>.
    /// <paramref name="explicitDirectory"/> starts a same-folder URL with <c>./</c>, which module
    /// specifiers need (<c>dep.js</c> alone reads as a bare package name).
    /// </summary>
    public static string RelativeUrl(string fromPath, string toPath, bool explicitDirectory = false)
    {
        var from = fromPath.Split('/')[..^1];
        var to = toPath.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }
        var up = Enumerable.Repeat("..", from.Length - common);
        var down = to[common..].Select(EscapeSegment);
        var relative = string.Join('/', up.Concat(down));
        // "a:b" would read as a scheme.
        var needsDirectory = explicitDirectory || relative.Split('/')[0].Contains(':', StringComparison.Ordinal);
        return relative.StartsWith("../", StringComparison.Ordinal) || !needsDirectory ? relative : "./" + relative;
    }

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(EscapeSegment));

    // Percent-encodes what a path segment cannot hold, keeping the readable sub-delimiters (a@v=2.css).
    private static string EscapeSegment(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        foreach (var b in Encoding.UTF8.GetBytes(segment))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=@".Contains(c, StringComparison.Ordinal))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }
        return builder.ToString();
    }
}
