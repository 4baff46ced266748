namespace SiteOptimizer.Tests.Browser;

/// <summary>A theory that needs a real Chromium: skipped, with a reason naming Chromium, where there is none.</summary>
internal sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (ChromiumLocator.Find() is null)
        {
            Skip = ChromiumLocator.MissingReason;
        }
    }
}
