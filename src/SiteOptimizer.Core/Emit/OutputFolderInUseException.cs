namespace SiteOptimizer.Emit;

/// <summary>
/// Another run is writing the same output folder: two runs at once would leave a mix of two
/// sites, so this one refused to start and wrote nothing.
/// </summary>
public sealed class OutputFolderInUseException : IOException
{
    /// <summary>Creates the exception for <paramref name="folder"/>, held by the run <paramref name="owner"/> describes.</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="owner">What the other run wrote about itself (process id, host, start, command), or null when it has not written it yet.</param>
    public OutputFolderInUseException(string folder, string? owner)
        : base($"the output folder {folder} is in use by another siteopt run ({owner ?? "it has only just started"}); "
            + "wait for it to finish or choose another output folder.")
    {
        Folder = folder;
        Owner = owner;
    }

    /// <summary>The output folder.</summary>
    public string Folder { get; }

    /// <summary>What the other run wrote about itself, or null.</summary>
    public string? Owner { get; }
}
