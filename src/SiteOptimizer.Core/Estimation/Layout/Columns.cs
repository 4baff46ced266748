using AngleSharp.Dom;

namespace SiteOptimizer.Estimation.Layout;

/// <summary>How many children a grid or flex container places side by side (1 for a block).</summary>
internal static class Columns
{
    public static int Of(IElement element, PageCascade cascade, double width, NetworkProfile profile)
    {
        var display = cascade.Own(element, "display");
        if (display is "flex" or "inline-flex")
        {
            return cascade.Own(element, "flex-direction") is "column" or "column-reverse" ? 1 : Math.Max(1, element.Children.Count());
        }
        if (display is not ("grid" or "inline-grid") || cascade.Own(element, "grid-template-columns") is not { } template)
        {
            return 1;
        }
        if (template.StartsWith("repeat(", StringComparison.Ordinal) && CssLength.Split(template[7..^1]) is [var count, var track])
        {
            return int.TryParse(count, out var repeated) ? repeated
                : CssLength.Pixels(track.Replace("minmax(", "").Split(',')[0], CssLength.RootFontSize, width, profile) is { } minimum and > 0 ? Math.Max(1, (int)(width / minimum)) : 1;
        }
        return Math.Max(1, CssLength.Split(template, ' ').Count);
    }
}
