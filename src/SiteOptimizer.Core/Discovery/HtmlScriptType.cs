namespace SiteOptimizer.Discovery;

/// <summary>Reads a script's <c>type</c> attribute the way the HTML standard's "prepare the script element" does.</summary>
internal static class HtmlScriptType
{
    private static readonly HashSet<string> s_javaScriptTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/ecmascript", "application/javascript", "application/x-ecmascript", "application/x-javascript",
        "text/ecmascript", "text/javascript", "text/javascript1.0", "text/javascript1.1", "text/javascript1.2",
        "text/javascript1.3", "text/javascript1.4", "text/javascript1.5", "text/jscript", "text/livescript",
        "text/x-ecmascript", "text/x-javascript",
    };

    public static HtmlScriptKind Of(string? type)
    {
        if (string.IsNullOrEmpty(type))
        {
            return HtmlScriptKind.Classic;
        }
        // The standard wants the bare type; a "; charset=…" is tolerated so that a crawler never misses a script.
        var essence = FetchableUrl.TrimAsciiWhitespace(type.Split(';')[0]);
        if (essence.Equals("module", StringComparison.OrdinalIgnoreCase))
        {
            return HtmlScriptKind.Module;
        }
        return s_javaScriptTypes.Contains(essence) ? HtmlScriptKind.Classic : HtmlScriptKind.Data;
    }
}
