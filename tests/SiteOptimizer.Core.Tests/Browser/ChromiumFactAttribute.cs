namespace SiteOptimizer.Tests.Browser;

/// <summary>A fact that needs a real Chromium: skipped, with a reason naming Chromium, where there is none.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumLocator.Find() is null)
        {
            Skip = ChromiumLocator.MissingReason;
        }
    }
}
