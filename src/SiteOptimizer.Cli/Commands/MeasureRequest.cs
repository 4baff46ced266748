using SiteOptimizer.Measurement;

namespace SiteOptimizer.Cli.Commands;

/// <summary>What <c>siteopt measure</c> was asked to do.</summary>
internal sealed record MeasureRequest(
    DirectoryInfo Before, DirectoryInfo After, LoadConditions Conditions, int Runs, IReadOnlyList<string> Pages,
    FileInfo? Json, FileInfo? Chromium, TimeSpan LoadTimeout);
