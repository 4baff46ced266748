using AngleSharp.Dom;
using SiteOptimizer.Estimation;

namespace SiteOptimizer.Rewriting;

/// <summary>
/// An image's loading attributes as the author wrote them, so that a page's rewrite can tell
/// which kinds of change it made to the image and put back one that is held back on the page.
/// </summary>
internal readonly record struct LoadingAttributes(string? Loading, string? Decoding, string? FetchPriority)
{
    public static LoadingAttributes Of(IElement image) =>
        new(image.GetAttribute("loading"), image.GetAttribute("decoding"), image.GetAttribute("fetchpriority"));

    /// <summary>The kinds of change the rewrite made to <paramref name="image"/>.</summary>
    public IEnumerable<ChangeKind> Applied(IElement image)
    {
        if (!IsLazy(Loading) && IsLazy(image.GetAttribute("loading")))
        {
            yield return ChangeKind.LazyLoading;
        }
        if (FetchPriority is null && image.HasAttribute("fetchpriority"))
        {
            yield return ChangeKind.ResourceHints;
        }
    }

    /// <summary>Undoes what a kind of change did to <paramref name="image"/>.</summary>
    public void Restore(IElement image, ChangeKind kind)
    {
        if (kind == ChangeKind.LazyLoading && !IsLazy(Loading))
        {
            Set(image, "loading", Loading);
            Set(image, "decoding", Decoding);
        }
        else if (kind == ChangeKind.ResourceHints)
        {
            Set(image, "fetchpriority", FetchPriority);
        }
    }

    private static bool IsLazy(string? loading) => string.Equals(loading?.Trim(), "lazy", StringComparison.OrdinalIgnoreCase);

    private static void Set(IElement image, string name, string? value)
    {
        if (value is null)
        {
            image.RemoveAttribute(name);
        }
        else
        {
            image.SetAttribute(name, value);
        }
    }
}
