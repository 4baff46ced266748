namespace SiteOptimizer.Caching;

/// <summary>
/// A folder of content-addressed entries, safe to share between runs at the same time: every
/// entry is written to a temporary name and renamed into place, so a reader sees a whole entry
/// or none; every entry carries a checksum, so a damaged one is noticed, deleted and rebuilt.
/// Size is capped after each run by removing the least recently used entries; a read marks an
/// entry used by touching its modification time (access times are often not kept: noatime).
/// A read-only cache only reads: nothing in its folder is created, changed or deleted.
/// </summary>
internal sealed class ContentCache
{
    private const string EntriesFolder = "v1";
    private const string TemporarySuffix = ".tmp";
    private static readonly TimeSpan s_abandoned = TimeSpan.FromHours(1);
    private static readonly EnumerationOptions s_everyFile = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };

    private int _corrupt;

    public ContentCache(string root, long maxBytes, bool readOnly = false)
    {
        Root = Path.GetFullPath(root);
        MaxBytes = maxBytes;
        ReadOnly = readOnly;
        if (!readOnly)
        {
            Directory.CreateDirectory(Path.Combine(Root, EntriesFolder));
        }
    }

    public string Root { get; }

    public long MaxBytes { get; }

    public bool ReadOnly { get; }

    /// <summary>Entries found damaged (and deleted) in this run.</summary>
    public int CorruptEntries => Volatile.Read(ref _corrupt);

    /// <summary>The payload of an intact entry, or null when there is none.</summary>
    public ReadOnlyMemory<byte>? Read(string key)
    {
        var path = PathOf(key);
        byte[] file;
        try
        {
            file = File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null; // none yet, removed by another run's trim, or unreadable: encode again
        }
        if (CacheEntryFile.TryOpen(file) is not { } payload)
        {
            DiscardFile(path);
            return null;
        }
        Touch(path);
        return payload;
    }

    /// <summary>Marks an entry damaged when its payload could be opened but not understood.</summary>
    public void Discard(string key) => DiscardFile(PathOf(key));

    public void Write(string key, ReadOnlySpan<byte> payload)
    {
        if (ReadOnly)
        {
            return;
        }
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}{TemporarySuffix}";
        try
        {
            File.WriteAllBytes(temporary, CacheEntryFile.Seal(payload));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs time: the run goes on without it.
            TryDelete(temporary);
        }
    }

    /// <summary>Removes the least recently used entries until the cache fits <see cref="MaxBytes"/>; returns how many.</summary>
    public int Trim()
    {
        if (ReadOnly)
        {
            return 0;
        }
        var entries = new List<(string Path, long Length, DateTime Used)>();
        foreach (var file in new DirectoryInfo(Path.Combine(Root, EntriesFolder)).EnumerateFiles("*", s_everyFile))
        {
            // Another run may delete or replace a file meanwhile: what cannot be read is skipped.
            try
            {
                if (!file.Name.EndsWith(TemporarySuffix, StringComparison.Ordinal))
                {
                    entries.Add((file.FullName, file.Length, file.LastWriteTimeUtc));
                }
                else if (DateTime.UtcNow - file.LastWriteTimeUtc > s_abandoned)
                {
                    TryDelete(file.FullName); // left by a run that was killed mid-write
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
            }
        }
        var total = entries.Sum(e => e.Length);
        var evicted = 0;
        foreach (var entry in entries.OrderBy(e => e.Used))
        {
            if (total <= MaxBytes)
            {
                break;
            }
            total -= entry.Length;
            evicted += TryDelete(entry.Path) ? 1 : 0;
        }
        return evicted;
    }

    private string PathOf(string key) => Path.Combine(Root, EntriesFolder, key[..2], key);

    private void DiscardFile(string path)
    {
        Interlocked.Increment(ref _corrupt);
        if (!ReadOnly)
        {
            TryDelete(path);
        }
    }

    private void Touch(string path)
    {
        if (ReadOnly)
        {
            return;
        }
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Removed by another run's trim meanwhile, or read-only: the entry was read all the same.
        }
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
