namespace SiteOptimizer.Reports;

/// <summary>Writes a report file atomically: to a temporary name beside it, then renamed into place, so a reader never sees half a report.</summary>
internal static class ReportFile
{
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        await using (var file = File.Create(temporary))
        {
            await write(file, cancellationToken).ConfigureAwait(false);
        }
        File.Move(temporary, full, overwrite: true);
    }
}
