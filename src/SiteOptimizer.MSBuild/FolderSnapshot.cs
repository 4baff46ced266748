namespace SiteOptimizer.MSBuild;

/// <summary>Sizes and write times of a folder's files, to tell afterwards which ones a run rewrote.</summary>
internal sealed class FolderSnapshot
{
    private readonly string _root;
    private readonly Dictionary<string, (long Length, DateTime Written)> _files;

    private FolderSnapshot(string root, Dictionary<string, (long Length, DateTime Written)> files)
    {
        _root = root;
        _files = files;
    }

    public static FolderSnapshot Take(string root) => new(root, Read(root));

    /// <summary>Relative paths of the files whose size or write time differs now.</summary>
    public IReadOnlyList<string> ChangedFiles() =>
        [.. Read(_root).Where(now => !_files.TryGetValue(now.Key, out var then) || then != now.Value).Select(now => now.Key).Order(StringComparer.Ordinal)];

    private static Dictionary<string, (long Length, DateTime Written)> Read(string root) =>
        new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories).ToDictionary(
            file => Path.GetRelativePath(root, file.FullName).Replace('\\', '/'),
            file => (file.Length, file.LastWriteTimeUtc),
            StringComparer.Ordinal);
}
