namespace SiteOptimizer.Emit;

/// <summary>
/// The output root. Every write goes to a temporary name beside its target and is then
/// renamed over it, so a file is always either complete-old or complete-new; nothing is
/// ever written outside the root, whatever a path says.
/// </summary>
internal sealed class OutputFolder
{
    private const string TemporarySuffix = ".siteopt-tmp";

    public OutputFolder(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
        RemoveLeftovers();
    }

    public string Root { get; }

    /// <summary>The full path for a root-relative path; throws when it would leave the root.</summary>
    public string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        var relative = Path.GetRelativePath(Root, full);
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw new InvalidOperationException($"'{relativePath}' would be written outside the output folder.");
        }
        return full;
    }

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var target = Resolve(relativePath);
        var temporary = TemporaryNameFor(target);
        using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            file.Write(bytes);
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, target, overwrite: true);
    }

    public void Copy(string sourcePath, string relativePath)
    {
        var target = Resolve(relativePath);
        var temporary = TemporaryNameFor(target);
        File.Copy(sourcePath, temporary);
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>Writes a site file to the output unchanged.</summary>
    public void Keep(Pipeline.SiteFile file)
    {
        if (file.FullPath is { } path)
        {
            Copy(path, file.RelativePath);
        }
        else
        {
            Write(file.RelativePath, file.Body);
        }
    }

    // A run that was killed leaves its temporary files behind (never a half-written real file);
    // they are removed unless the process that wrote them is still running.
    private void RemoveLeftovers()
    {
        var walk = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var leftover in Directory.EnumerateFiles(Root, "*" + TemporarySuffix, walk))
        {
            if (!IsRunning(WriterOf(leftover)))
            {
                File.Delete(leftover);
            }
        }
    }

    // "name.ext.<pid>-<guid>.siteopt-tmp" → pid.
    private static int WriterOf(string temporary)
    {
        var stem = Path.GetFileNameWithoutExtension(temporary);
        var tag = stem[(stem.LastIndexOf('.') + 1)..];
        return int.TryParse(tag.AsSpan(0, Math.Max(0, tag.IndexOf('-'))), out var pid) ? pid : 0;
    }

    private static bool IsRunning(int pid)
    {
        if (pid <= 0 || pid == Environment.ProcessId)
        {
            return pid == Environment.ProcessId;
        }
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string TemporaryNameFor(string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return $"{target}.{Environment.ProcessId}-{Guid.NewGuid():N}{TemporarySuffix}";
    }
}
