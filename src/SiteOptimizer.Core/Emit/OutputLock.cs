using System.Globalization;

namespace SiteOptimizer.Emit;

/// <summary>
/// One run at a time in an output folder. The lock is the operating system's, on a file held
/// open for the whole run (<see cref="FileShare.None"/>: <c>flock</c> on Unix, a sharing mode on
/// Windows), so it ends with the process however the process ends: a killed run leaves the
/// files behind but never blocks the next one. Beside it, a small text file says which run
/// holds the folder, since the lock file itself cannot be read while it is held.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    /// <summary>The file whose lock is held.</summary>
    public const string LockFileName = ".siteopt.lock";

    /// <summary>The file that says which run holds the lock.</summary>
    public const string OwnerFileName = ".siteopt.lock.owner";

    // Windows: ERROR_SHARING_VIOLATION in an HRESULT. Unix: flock's EWOULDBLOCK, as the bare errno.
    private const int SharingViolation = 32;
    private static readonly int s_wouldBlock = OperatingSystem.IsLinux() ? 11 : 35;

    private readonly FileStream _held;
    private readonly string _ownerPath;

    private OutputLock(FileStream held, string ownerPath)
    {
        _held = held;
        _ownerPath = ownerPath;
    }

    /// <summary>Whether a file (path relative to the site's root) is a lock's file, which a killed run can leave: never part of a site.</summary>
    public static bool IsLockFile(string relativePath) =>
        Path.GetFileName(relativePath).StartsWith(LockFileName, StringComparison.Ordinal);

    /// <summary>Takes the folder (creating it), or throws <see cref="OutputFolderInUseException"/> naming the run that holds it.</summary>
    public static OutputLock Acquire(string folder, TimeProvider time)
    {
        var root = Path.GetFullPath(folder);
        Directory.CreateDirectory(root);
        var lockPath = Path.Combine(root, LockFileName);
        var ownerPath = Path.Combine(root, OwnerFileName);
        while (true)
        {
            FileStream held;
            try
            {
                held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException error) when (OperatingSystem.IsWindows() ? (error.HResult & 0xFFFF) == SharingViolation : error.HResult == s_wouldBlock)
            {
                throw new OutputFolderInUseException(root, ReadOwner(ownerPath));
            }
            // The run before may have deleted the file between our open and our lock: then the
            // lock is on a file no other run can see, so take it again by name.
            if (!File.Exists(lockPath))
            {
                held.Dispose();
                continue;
            }
            WriteOwner(ownerPath, time);
            return new OutputLock(held, ownerPath);
        }
    }

    /// <summary>Removes the owner file, then the lock file (deleted as it closes).</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(_ownerPath);
        }
        catch (IOException)
        {
            // The next run overwrites it; not worth failing a finished run over.
        }
        catch (UnauthorizedAccessException)
        {
        }
        _held.Dispose();
    }

    private static void WriteOwner(string ownerPath, TimeProvider time)
    {
        var started = time.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var owner = string.Create(CultureInfo.InvariantCulture,
            $"process {Environment.ProcessId} on {Environment.MachineName}, started {started}: {string.Join(' ', Environment.GetCommandLineArgs())}");
        var temporary = $"{ownerPath}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, owner);
        File.Move(temporary, ownerPath, overwrite: true);
    }

    private static string? ReadOwner(string ownerPath)
    {
        try
        {
            return File.Exists(ownerPath) ? File.ReadAllText(ownerPath).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
