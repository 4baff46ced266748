using SiteOptimizer.Discovery;

namespace SiteOptimizer.Reports.Html;

/// <summary>One colour per kind of resource, as browsers' devtools colour their waterfalls, and the legend that names them.</summary>
internal static class WaterfallColours
{
    public const string Waiting = "#d0d7de";
    public const string Fcp = "#1a7f37";
    public const string Lcp = "#d1242f";
    public const string Load = "#0969da";
    public const string RenderBlocking = "#bf3989";

    public static string Of(ResourceType type) => type switch
    {
        ResourceType.Document => "#0969da",
        ResourceType.Stylesheet => "#8250df",
        ResourceType.Script or ResourceType.Module => "#d4a72c",
        ResourceType.Image or ResourceType.Icon => "#2da44e",
        ResourceType.Font => "#1b7c83",
        _ => "#8c959f",
    };

    public static string Legend() =>
        "<div class=\"legend\">"
        + Swatch(Of(ResourceType.Document), "page") + Swatch(Of(ResourceType.Stylesheet), "CSS") + Swatch(Of(ResourceType.Script), "script")
        + Swatch(Of(ResourceType.Image), "image") + Swatch(Of(ResourceType.Font), "font") + Swatch(Of(ResourceType.Other), "other")
        + Swatch(Waiting, "queued / connecting") + Swatch(RenderBlocking, "render-blocking")
        + Line(Fcp, "FCP") + Line(Lcp, "LCP (its resource outlined)") + Line(Load, "load")
        + "</div>";

    private static string Swatch(string colour, string label) => $"<span><i style=\"background:{colour}\"></i>{label}</span>";

    private static string Line(string colour, string label) => $"<span><i style=\"height:2px;background:{colour}\"></i>{label}</span>";
}
