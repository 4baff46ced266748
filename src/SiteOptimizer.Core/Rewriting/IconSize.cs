namespace SiteOptimizer.Rewriting;

/// <summary>Images too small to matter for the fold or the LCP element, or to be worth variants: icons, bullets, spacers.</summary>
internal static class IconSize
{
    public static bool Holds(int width, int height) => width * height < 128 * 128;
}
