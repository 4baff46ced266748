namespace SiteOptimizer.Tests.Browser.Comparison;

/// <summary>A stylesheet of a page as the browser holds it: <see cref="Rules"/> is its rule count, <see cref="NotLoaded"/> when it never loaded, <see cref="Unreadable"/> when it loaded from another origin without CORS.</summary>
internal sealed record StylesheetState(string Source, int Rules)
{
    public const int NotLoaded = -1;
    public const int Unreadable = -2;

    public bool Applies => Rules != NotLoaded;
}
