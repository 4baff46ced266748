namespace SiteOptimizer.Minification;

/// <summary>An HTML page to minify.</summary>
/// <param name="Name">Its path or URL, carried back in results and problems.</param>
/// <param name="Html">Its text, as decoded (a leading byte-order mark is kept in the output).</param>
internal sealed record HtmlPage(string Name, string Html);
