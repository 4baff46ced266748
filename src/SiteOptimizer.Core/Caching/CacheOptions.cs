using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace SiteOptimizer.Caching;

/// <summary>The content cache of optimized outputs (the <c>cache</c> section of optimizer.json).</summary>
public sealed record CacheOptions
{
    /// <summary>The folder name used when <see cref="Path"/> is not set.</summary>
    public const string DefaultFolderName = ".siteopt-cache";

    /// <summary>Whether encoded images and compressed text are reused from the cache; <c>--no-cache</c> turns it off.</summary>
    [Description("Whether encoded images and compressed text are reused from the cache; --no-cache turns it off.")]
    public bool Enabled { get; set; } = true;

    /// <summary>The cache folder, relative to this file. null: .siteopt-cache beside this file (the current folder without one; obj/siteopt-cache for the MSBuild task).</summary>
    /// <remarks>A library caller that leaves it null gets no cache: only siteopt and the MSBuild task fill in their defaults.</remarks>
    [Description("The cache folder, relative to this file. null: .siteopt-cache beside this file (the current folder without one; obj/siteopt-cache for the MSBuild task).")]
    public string? Path { get; set; }

    /// <summary>The most the cache may hold, in megabytes; the least recently used entries are removed after a run beyond it.</summary>
    [Description("The most the cache may hold, in megabytes; the least recently used entries are removed after a run beyond it.")]
    [Range(1, int.MaxValue)]
    public int MaxSizeMb { get; set; } = 1024;

    /// <summary>
    /// Reads entries but never writes, touches, trims or deletes any, nor creates the folder:
    /// for a run that promises to write nothing (<c>siteopt report</c>). Not a setting of optimizer.json.
    /// </summary>
    [JsonIgnore]
    public bool ReadOnly { get; set; }
}
