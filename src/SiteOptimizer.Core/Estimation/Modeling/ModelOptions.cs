using SiteOptimizer.Discovery;

namespace SiteOptimizer.Estimation.Modeling;

/// <summary>How a page is read into a model; the switches undo one kind of change, for attribution.</summary>
/// <param name="IgnoreHints">Read the page without its preloads and <c>fetchpriority</c>.</param>
/// <param name="IgnoreLazy">Read the page as if no image were <c>loading=lazy</c>.</param>
/// <param name="IgnoreFontPreloads">Read the page without its font preloads.</param>
/// <param name="KeepFontPreloads">With <paramref name="IgnoreHints"/>, still read the font preloads.</param>
internal sealed record ModelOptions(bool IgnoreHints = false, bool IgnoreLazy = false, bool IgnoreFontPreloads = false, bool KeepFontPreloads = false)
{
    /// <summary>Whether a <c>&lt;link rel=preload&gt;</c> of this type is left out of the model.</summary>
    public bool IgnoresPreloadOf(ResourceType type) =>
        type == ResourceType.Font ? IgnoreFontPreloads || (IgnoreHints && !KeepFontPreloads) : IgnoreHints;
}
