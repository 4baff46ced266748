namespace SiteOptimizer.Estimation.Modeling;

/// <summary>How a page is read into a model; the switches undo one kind of change, for attribution.</summary>
/// <param name="AboveTheFoldImages">Content images counted as above the fold (hints.aboveTheFoldImages).</param>
/// <param name="IgnoreHints">Read the page without its preloads and <c>fetchpriority</c>.</param>
/// <param name="IgnoreLazy">Read the page as if no image were <c>loading=lazy</c>.</param>
internal sealed record ModelOptions(int AboveTheFoldImages, bool IgnoreHints = false, bool IgnoreLazy = false);
