namespace SiteOptimizer.Discovery;

/// <summary>
/// What a crawler can follow from a script: the modules it imports, and the images it names in a
/// way that resolves the same whichever page runs it. In a script file that is
/// <c>new URL(x, import.meta.url)</c>, or a root-relative or absolute URL given to <c>src</c>,
/// <c>srcset</c>, markup or a background; a relative one there resolves against the page, which
/// the file cannot tell. In a page's own <c>&lt;script&gt;</c> any of those resolve against the page.
/// Constants not seen reaching an image are left to the preload planner.
/// </summary>
internal static class ScriptReferences
{
    private static readonly string[] s_sinks = ["src", "srcset", "markup", "background", "import.meta.url"];

    public static ExtractedReferences FromFile(string js, bool isModule)
    {
        var images = ScriptImageExtractor.Read(js).Images.Where(i => i.Origin == "import.meta.url" || (IsSink(i) && IsSiteWide(i.Url)));
        return new ExtractedReferences(null, [.. (isModule ? ModuleImportExtractor.Extract(js).References : []).Concat(images).OrderBy(r => r.Offset)]);
    }

    public static ExtractedReferences FromInline(string js, bool isModule)
    {
        var images = ScriptImageExtractor.Read(js).Images.Where(IsSink);
        return new ExtractedReferences(null, [.. (isModule ? ModuleImportExtractor.Extract(js).References : []).Concat(images).OrderBy(r => r.Offset)]);
    }

    private static bool IsSink(Reference image) => s_sinks.Contains(image.Origin);

    private static bool IsSiteWide(string url) =>
        url.StartsWith('/') || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
