using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SiteOptimizer.Configuration;
using SiteOptimizer.Diagnostics;
using SiteOptimizer.Emit;
using SiteOptimizer.Imaging.Vips;
using SiteOptimizer.Pipeline;

namespace SiteOptimizer.MSBuild;

/// <summary>
/// Optimizes a folder of published static files in place: improved files replace their
/// originals atomically, the others are not touched. Diagnostics become coded warnings.
/// </summary>
public sealed class OptimizeSite : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();

    /// <summary>The folder to optimize in place, e.g. <c>$(PublishDir)wwwroot</c>.</summary>
    [Required]
    public string Directory { get; set; } = "";

    /// <summary>optimizer.json; the built-in defaults when empty.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>Scale wider images down to this width; 0 keeps the configured value.</summary>
    public int MaxWidth { get; set; }

    /// <summary>Images encoded at once; 0 keeps the configured value (one per core by default).</summary>
    public int Concurrency { get; set; }

    /// <summary>The project's own copy of <see cref="Directory"/> (e.g. wwwroot): warnings point at its files, which are the ones to fix.</summary>
    public string? SourceDirectory { get; set; }

    /// <summary>The content cache folder, when set outright (SiteOptimizerCacheDirectory); else the settings' cache.path, else <see cref="DefaultCacheDirectory"/>.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>The cache folder when nothing else names one: <c>obj/siteopt-cache/</c> of the project.</summary>
    public string? DefaultCacheDirectory { get; set; }

    /// <summary>The static web assets endpoints manifest published beside the app, brought up to date with the new sizes and hashes.</summary>
    public string? EndpointsManifest { get; set; }

    /// <summary>The files this run rewrote.</summary>
    [Output]
    public ITaskItem[] OptimizedFiles { get; private set; } = [];

    /// <inheritdoc />
    public void Cancel() => _cancellation.Cancel();

    /// <inheritdoc />
    public override bool Execute()
    {
        var log = new DiagnosticLog(Log, Directory, SourceDirectory);
        if (!System.IO.Directory.Exists(Directory))
        {
            Log.LogMessage(MessageImportance.Normal, "SiteOptimizer: {0} does not exist; nothing to optimize.", Directory);
            return true;
        }
        try
        {
            var options = Resolve(LoadOptions());
            var before = FolderSnapshot.Take(Directory);
            var report = new SiteOptimizerPipeline(options).OptimizeAsync(Directory, Directory, _cancellation.Token).GetAwaiter().GetResult();
            var changed = before.ChangedFiles();
            StaticAssetsManifest.Update(EndpointsManifest, Directory, changed);
            OptimizedFiles = [.. changed.Select(relative => new TaskItem(Path.Combine(Directory, relative)))];
            log.Report(report.Diagnostics);
            Log.LogMessage(MessageImportance.High, RunSummary.Format(report, Directory));
        }
        catch (ConfigException error)
        {
            log.Report(error.Diagnostics);
        }
        catch (OutputFolderInUseException error)
        {
            Log.LogError(null, DiagnosticCodes.OutputInUse, null, null, 0, 0, 0, 0, "SiteOptimizer: " + error.Message);
        }
        catch (LibvipsNotFoundException error)
        {
            Log.LogError(null, DiagnosticCodes.NoLibvipsForPlatform, null, null, 0, 0, 0, 0, error.Message);
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            Log.LogWarning("SiteOptimizer: canceled; files already rewritten are complete, the others are as published.");
        }
        return !Log.HasLoggedErrors;
    }

    private OptimizerOptions LoadOptions()
    {
        var options = string.IsNullOrWhiteSpace(ConfigFile) ? new OptimizerOptions() : OptimizerConfig.Load(ConfigFile);
        // A cache path in the settings file is relative to that file, as for siteopt.
        var configured = options.Cache.Path is { } path ? Path.GetFullPath(path, Path.GetDirectoryName(Path.GetFullPath(ConfigFile!))!) : null;
        var cache = string.IsNullOrWhiteSpace(CacheDirectory) ? configured ?? DefaultCacheDirectory : CacheDirectory;
        return options with { Cache = options.Cache with { Path = string.IsNullOrWhiteSpace(cache) ? null : Path.GetFullPath(cache) } };
    }

    private OptimizerOptions Resolve(OptimizerOptions options)
    {
        options = options with
        {
            Images = options.Images with
            {
                MaxWidth = MaxWidth > 0 ? MaxWidth : options.Images.MaxWidth,
                Concurrency = Concurrency > 0 ? Concurrency : options.Images.Concurrency,
            },
        };
        if (string.IsNullOrWhiteSpace(EndpointsManifest) || !File.Exists(EndpointsManifest))
        {
            return options;
        }
        // MapStaticAssets serves only the files its endpoints manifest lists, and the manifest is
        // built before this task runs: a new file (an AVIF variant, a .br sibling) would not be
        // served, and a <picture> pointing at it would show a broken image. So only what changes
        // files in place runs here; ASP.NET Core compresses static assets itself.
        Log.LogMessage(MessageImportance.Normal, "SiteOptimizer: static web assets manifest found; variants (<picture>, srcset, image-set) and .br/.gz siblings are not made.");
        return options with
        {
            Hints = options.Hints with { Picture = false, Srcset = false, CssImageSet = false },
            Precompress = options.Precompress with { Brotli = false, Gzip = false },
        };
    }
}
