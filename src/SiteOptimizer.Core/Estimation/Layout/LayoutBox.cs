using AngleSharp.Dom;

namespace SiteOptimizer.Estimation.Layout;

/// <summary>Where an element (or its text) ends up on the page, in CSS pixels from the top of the page.</summary>
/// <param name="Element">The element.</param>
/// <param name="Top">Its top edge.</param>
/// <param name="Width">Its width (for text: of the text itself).</param>
/// <param name="Height">Its height.</param>
internal sealed record LayoutBox(IElement Element, double Top, double Width, double Height)
{
    /// <summary>The area of it inside a viewport of that height, scrolled to the top.</summary>
    public double VisibleArea(double viewportHeight) => Width * Math.Max(0, Math.Min(Top + Height, viewportHeight) - Math.Max(Top, 0));
}
