using System.IO.Enumeration;
using SiteOptimizer.Diagnostics;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// The files of a built site on disk, in a stable order. A link to a file inside the site is
/// a file of the site (its target's bytes); a link that leads out of the site, to a folder (which
/// could lead in a circle) or nowhere is not followed, and a warning names it.
/// </summary>
internal static class SiteFolder
{
    private static readonly EnumerationOptions s_walk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = 0,
        IgnoreInaccessible = true,
    };

    /// <summary>Every file under <paramref name="root"/>, except those under <paramref name="excluded"/> (the output or the cache, when inside the source) and output locks' files.</summary>
    public static IReadOnlyList<SiteFile> Files(string root, IEnumerable<string> excluded, Action<Diagnostic> report)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var skip = excluded.Select(folder => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar).ToList();
        var entries = new FileSystemEnumerable<(string Path, bool IsLink)>(
            fullRoot, (ref entry) => (entry.ToFullPath(), IsLink(entry.Attributes)), s_walk)
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory || IsLink(entry.Attributes),
            ShouldRecursePredicate = (ref entry) => !IsLink(entry.Attributes),
        };
        var files = new List<SiteFile>();
        foreach (var (path, isLink) in entries)
        {
            if (skip.Exists(folder => path.StartsWith(folder, StringComparison.Ordinal)))
            {
                continue;
            }
            var relative = Path.GetRelativePath(fullRoot, path).Replace('\\', '/');
            if (Emit.OutputLock.IsLockFile(relative))
            {
                continue; // this run's own lock, or one a killed run left
            }
            if (!isLink)
            {
                files.Add(new SiteFile(relative, new FileInfo(path).Length, path));
            }
            else if (LinkProblem(path, fullRoot) is { } problem)
            {
                report(new Diagnostic(DiagnosticCodes.SourceUnreadable, DiagnosticSeverity.Warning, relative, 0, 0, "not copied: " + problem));
            }
            else
            {
                files.Add(new SiteFile(relative, new FileInfo(path).Length, path));
            }
        }
        return [.. files.OrderBy(file => file.RelativePath, StringComparer.Ordinal)];
    }

    private static bool IsLink(FileAttributes attributes) => (attributes & FileAttributes.ReparsePoint) != 0;

    // Why a link is not a file of the site, or null when it leads to a file inside it.
    private static string? LinkProblem(string link, string root)
    {
        var written = new FileInfo(link).LinkTarget;
        var target = new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true)?.FullName is { } resolved ? Path.GetFullPath(resolved) : null;
        return target is null || (!File.Exists(target) && !Directory.Exists(target)) ? $"a link to {written}, which does not exist"
            : !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? $"a link to {written}, outside the site folder"
            : Directory.Exists(target) ? $"a link to the folder {written}; links to folders are not followed"
            : null;
    }
}
