using System.Globalization;

namespace SiteOptimizer.Tests.Browser.Comparison;

/// <summary>
/// How a page's optimized copy (<see cref="After"/>) differs from the original (<see cref="Before"/>)
/// on one screen: the screenshots of the first viewport and of the whole page
/// (<see cref="ScreenshotDifference"/>), every image box that moved or resized by more than
/// <see cref="BoxTolerance"/> or no longer shows its picture, and every stylesheet, resource or
/// console error the original did not have.
/// </summary>
internal sealed record PageComparison(
    PageView Before,
    PageView After,
    string Page,
    string Screen,
    ScreenshotDifference FirstViewport,
    ScreenshotDifference FullPage,
    IReadOnlyList<string> MovedBoxes,
    IReadOnlyList<string> LostStylesheets,
    IReadOnlyList<string> NewFailures)
{
    /// <summary>In CSS pixels: layout rounds to a sixty-fourth of a pixel, so an unchanged box moves by nothing at all.</summary>
    public const double BoxTolerance = 0.5;

    public bool LooksTheSame => FirstViewport.LooksTheSame && FullPage.LooksTheSame && MovedBoxes.Count == 0 && LostStylesheets.Count == 0 && NewFailures.Count == 0;

    public static PageComparison Of(string page, string screen, PageView before, PageView after) => new(
        before,
        after,
        page,
        screen,
        ScreenshotDifference.Measure(before.FirstViewport, after.FirstViewport),
        ScreenshotDifference.Measure(before.FullPage, after.FullPage),
        BoxChanges(before.Boxes, after.Boxes),
        StylesheetLosses(before.Stylesheets, after.Stylesheets),
        [.. Added(before.FailedResources, after.FailedResources).Select(f => "failed to load: " + f), .. Added(before.Errors, after.Errors).Select(e => "console: " + e)]);

    /// <summary>Every difference, one per line, for an assertion message.</summary>
    public override string ToString() => string.Join('\n', new[]
    {
        $"{Page} on {Screen}:",
        $"  first viewport: {FirstViewport}",
        $"  full page: {FullPage}",
    }.Concat(MovedBoxes.Concat(LostStylesheets).Concat(NewFailures).Select(line => "  " + line)));

    /// <summary>One tab-separated line of figures, for the bench report.</summary>
    public string ReportLine() => string.Join('\t',
        Page, Screen, LooksTheSame ? "same" : "DIFFERENT",
        Figure(FirstViewport.MeanDeltaE00), Figure(FirstViewport.ChangedFraction * 100),
        Figure(FullPage.MeanDeltaE00), Figure(FullPage.ChangedFraction * 100),
        MovedBoxes.Count, LostStylesheets.Count, NewFailures.Count,
        string.Join(" | ", MovedBoxes.Concat(LostStylesheets).Concat(NewFailures)));

    public const string ReportHeader = "page\tscreen\tverdict\tview ΔE00\tview changed %\tpage ΔE00\tpage changed %\tboxes moved\tsheets lost\tnew errors\tdetails";

    private static string Figure(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static List<string> BoxChanges(IReadOnlyList<ElementBox> before, IReadOnlyList<ElementBox> after)
    {
        var moved = before.Zip(after)
            .Where(pair => pair.First.DistanceTo(pair.Second) > BoxTolerance || (pair.First.Drawn && !pair.Second.Drawn))
            .Select(pair => $"moved: {pair.First} → {pair.Second}")
            .ToList();
        if (before.Count != after.Count)
        {
            moved.Add($"image boxes: {before.Count} before, {after.Count} after ({string.Join(", ", after.Skip(before.Count).Concat(before.Skip(after.Count)))})");
        }
        return moved;
    }

    private static List<string> StylesheetLosses(IReadOnlyList<StylesheetState> before, IReadOnlyList<StylesheetState> after)
    {
        var failedBefore = before.Where(sheet => !sheet.Applies).Select(sheet => sheet.Source).ToHashSet();
        var lost = after.Where(sheet => !sheet.Applies && !failedBefore.Contains(sheet.Source)).Select(sheet => $"stylesheet not applied: {sheet.Source}").ToList();
        var empty = after.Count(sheet => sheet.Rules == 0) - before.Count(sheet => sheet.Rules == 0);
        if (empty > 0)
        {
            lost.Add($"{empty} more stylesheet(s) without a rule");
        }
        if (after.Count(sheet => sheet.Applies) < before.Count(sheet => sheet.Applies))
        {
            lost.Add($"stylesheets applied: {before.Count(sheet => sheet.Applies)} before, {after.Count(sheet => sheet.Applies)} after");
        }
        return lost;
    }

    // What the optimized page reports beyond the original, each message counted as often as it occurs.
    private static IEnumerable<string> Added(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var remaining = before.GroupBy(m => m).ToDictionary(g => g.Key, g => g.Count());
        foreach (var message in after)
        {
            if (remaining.TryGetValue(message, out var count) && count > 0)
            {
                remaining[message] = count - 1;
            }
            else
            {
                yield return message;
            }
        }
    }
}
