namespace SiteOptimizer.Tests.Browser;

/// <summary>What Chromium did to load a page: every request it sent, and what it wrote to the console.</summary>
/// <param name="Requests">The URL of each request, in the order sent.</param>
/// <param name="Console">Each console message: its level and text.</param>
internal sealed record PageLoadTrace(IReadOnlyList<Uri> Requests, IReadOnlyList<string> Console)
{
    /// <summary>What the script given to the recorder returned once the page had loaded (JSON), if one was given.</summary>
    public string? Facts { get; init; }
}
