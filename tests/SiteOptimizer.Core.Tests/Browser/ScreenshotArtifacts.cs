namespace SiteOptimizer.Tests.Browser;

/// <summary>
/// Keeps the screenshots of a failed comparison for a developer to look at, in
/// <c>siteopt-screenshots/</c> under the system temp folder (never deleted by the tests).
/// </summary>
internal static class ScreenshotArtifacts
{
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "siteopt-screenshots");

    /// <summary>Writes both PNGs and returns a line naming them, for an assertion message.</summary>
    public static string Keep(string name, byte[] reference, byte[] candidate)
    {
        Directory.CreateDirectory(Folder);
        var stem = Path.Combine(Folder, $"{DateTime.Now:yyyyMMdd-HHmmss}-{Sanitize(name)}");
        File.WriteAllBytes(stem + "-before.png", reference);
        File.WriteAllBytes(stem + "-after.png", candidate);
        return $"screenshots kept: {stem}-before.png and {stem}-after.png";
    }

    private static string Sanitize(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
}
