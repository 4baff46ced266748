using System.Globalization;
using AngleSharp.Dom;

namespace SiteOptimizer.Estimation.Layout;

/// <summary>
/// A rough block layout of a page for a viewport, without a browser: blocks stack, grids and
/// flex rows place their children side by side, text wraps at an average glyph width, images
/// scale to their container keeping their aspect ratio; margins, paddings, widths and heights
/// come from the author's CSS. Enough to say what is in view when the page opens and which
/// element is the largest there — not a rendering engine.
/// </summary>
internal sealed class PageLayout
{
    private static readonly string[] s_notRendered = ["head", "script", "style", "template", "noscript", "link", "meta", "title", "dialog", "datalist"];
    private static readonly string[] s_inline = ["a", "span", "em", "strong", "b", "i", "small", "code", "abbr", "time", "mark", "sub", "sup", "br", "cite", "q", "s", "u", "label", "kbd", "var"];
    private static readonly Dictionary<string, double> s_headingScale = new() { ["h1"] = 2, ["h2"] = 1.5, ["h3"] = 1.17, ["h4"] = 1, ["h5"] = 0.83, ["h6"] = 0.67 };

    private readonly PageCascade _cascade;
    private readonly Func<IElement, (int Width, int Height)?> _intrinsic;
    private readonly NetworkProfile _profile;
    private readonly Dictionary<IElement, LayoutBox> _boxes = [];
    private readonly List<LayoutBox> _text = [];

    private PageLayout(PageCascade cascade, Func<IElement, (int Width, int Height)?> intrinsic, NetworkProfile profile)
    {
        _cascade = cascade;
        _intrinsic = intrinsic;
        _profile = profile;
    }

    /// <summary>Every element's box, by element.</summary>
    public IReadOnlyDictionary<IElement, LayoutBox> Boxes => _boxes;

    /// <summary>The text of each block that holds text directly, sized to the text.</summary>
    public IReadOnlyList<LayoutBox> TextBlocks => _text;

    /// <param name="document">The page.</param>
    /// <param name="cascade">Its CSS.</param>
    /// <param name="intrinsic">An image element's natural size in CSS pixels, when known.</param>
    /// <param name="profile">The viewport.</param>
    public static PageLayout Estimate(IDocument document, PageCascade cascade, Func<IElement, (int Width, int Height)?> intrinsic, NetworkProfile profile)
    {
        var layout = new PageLayout(cascade, intrinsic, profile);
        if (document.Body is { } body)
        {
            layout.Flow(body, 0, profile.ViewportWidth);
        }
        return layout;
    }

    private double Flow(IElement element, double top, double width)
    {
        if (s_notRendered.Contains(element.LocalName) || element.HasAttribute("hidden") && _cascade.Own(element, "display") is null
            || _cascade.Own(element, "display") == "none" || _cascade.Own(element, "position") is "absolute" or "fixed")
        {
            return 0;
        }
        var fontSize = FontSize(element);
        double Length(string? value, double? percentOf = null) => CssLength.Pixels(value, fontSize, percentOf, _profile) ?? 0;
        var (marginTop, marginBottom) = (Length(_cascade.Side(element, "margin", 0)), Length(_cascade.Side(element, "margin", 2)));
        var (paddingTop, paddingBottom) = (Length(_cascade.Side(element, "padding", 0)), Length(_cascade.Side(element, "padding", 2)));
        var horizontal = Length(_cascade.Side(element, "padding", 1), width) + Length(_cascade.Side(element, "padding", 3), width);
        var boxWidth = width;
        if (CssLength.Pixels(_cascade.Own(element, "max-width"), fontSize, width, _profile) is { } maxWidth)
        {
            boxWidth = Math.Min(boxWidth, maxWidth);
        }
        if (element.LocalName != "img" && CssLength.Pixels(_cascade.Own(element, "width"), fontSize, width, _profile) is { } fixedWidth)
        {
            boxWidth = Math.Min(boxWidth, fixedWidth);
        }
        var contentTop = top + marginTop + paddingTop;
        var contentWidth = Math.Max(1, boxWidth - horizontal);
        var content = element.LocalName == "img" ? Image(element, contentWidth, fontSize, ref boxWidth) : Children(element, contentTop, contentWidth, fontSize);
        var minimum = CssLength.Pixels(_cascade.Own(element, "min-height"), fontSize, null, _profile) ?? 0;
        var height = element.LocalName == "img" ? null : CssLength.Pixels(_cascade.Own(element, "height"), fontSize, null, _profile);
        content = Math.Max(height ?? content, minimum - paddingTop - paddingBottom);
        _boxes[element] = new LayoutBox(element, top + marginTop, boxWidth, paddingTop + content + paddingBottom);
        return marginTop + paddingTop + content + paddingBottom + marginBottom;
    }

    private double Image(IElement image, double width, double fontSize, ref double boxWidth)
    {
        var natural = _intrinsic(image);
        var attributeWidth = Number(image.GetAttribute("width"));
        var attributeHeight = Number(image.GetAttribute("height"));
        var (naturalWidth, naturalHeight) = natural is { } n ? (n.Width, (double)n.Height) : (attributeWidth ?? 300, attributeHeight ?? 150);
        var shown = CssLength.Pixels(_cascade.Own(image, "width"), fontSize, width, _profile) ?? attributeWidth ?? naturalWidth;
        shown = Math.Min(shown, width);
        boxWidth = shown;
        return CssLength.Pixels(_cascade.Own(image, "height"), fontSize, null, _profile) ?? (naturalWidth > 0 ? shown * naturalHeight / naturalWidth : 0);
    }

    private double Children(IElement element, double top, double width, double fontSize)
    {
        var height = 0d;
        if (element.ChildNodes.Any(n => n.NodeType == NodeType.Text && n.TextContent.Trim().Length > 0) && !s_inline.Contains(element.LocalName) || s_inline.Contains(element.LocalName) && element.Children.All(c => s_inline.Contains(c.LocalName)))
        {
            height = Text(element, top, width, fontSize);
            return height + Stack(element.Children.Where(c => !s_inline.Contains(c.LocalName)), top + height, width);
        }
        var columns = Columns.Of(element, _cascade, width, _profile);
        if (columns <= 1)
        {
            return Stack(element.Children, top, width);
        }
        var gap = CssLength.Pixels(_cascade.Own(element, "row-gap") ?? _cascade.Own(element, "gap")?.Split(' ')[0], fontSize, null, _profile) ?? 0;
        var children = element.Children.ToList();
        for (var row = 0; row * columns < children.Count; row++)
        {
            var rowTop = top + height;
            var rowHeight = children.Skip(row * columns).Take(columns).Select(c => Flow(c, rowTop, width / columns)).DefaultIfEmpty(0).Max();
            height += rowHeight + (rowHeight > 0 ? gap : 0);
        }
        return height;
    }

    private double Stack(IEnumerable<IElement> children, double top, double width)
    {
        var height = 0d;
        foreach (var child in children)
        {
            height += Flow(child, top + height, width);
        }
        return height;
    }

    private double Text(IElement element, double top, double width, double fontSize)
    {
        var text = string.Join(' ', element.TextContent.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        var lineHeight = _cascade.Inherited(element, "line-height") is { } written
            ? double.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) ? factor * fontSize : CssLength.Pixels(written, fontSize, null, _profile) ?? 1.4 * fontSize
            : (s_headingScale.ContainsKey(element.LocalName) ? 1.2 : 1.5) * fontSize;
        var glyph = fontSize * (s_headingScale.ContainsKey(element.LocalName) ? 0.55 : 0.5);
        var lines = Math.Max(1, Math.Ceiling(text.Length * glyph / width));
        var box = new LayoutBox(element, top, Math.Min(width, text.Length * glyph), lines * lineHeight);
        _text.Add(box);
        return box.Height;
    }

    private double FontSize(IElement element)
    {
        var parent = element.ParentElement is { } p && p.LocalName != "html" ? FontSize(p) : CssLength.RootFontSize;
        var own = _cascade.Own(element, "font-size");
        return CssLength.Pixels(own, parent, parent, _profile) ?? parent * s_headingScale.GetValueOrDefault(element.LocalName, 1);
    }

    private static double? Number(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
