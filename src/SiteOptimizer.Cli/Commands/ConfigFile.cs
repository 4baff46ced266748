using SiteOptimizer.Caching;
using SiteOptimizer.Configuration;

namespace SiteOptimizer.Cli.Commands;

/// <summary>
/// Which optimizer.json a command uses: the one given, else one in the current folder, else the
/// defaults. Paths in the file (site, output, report, cache) are relative to the file's own folder;
/// the cache is <c>.siteopt-cache</c> beside the file (in the current folder when there is none).
/// </summary>
internal static class ConfigFile
{
    public static OptimizerOptions Load(FileInfo? given)
    {
        var path = given?.FullName ?? Path.Combine(Environment.CurrentDirectory, OptimizerConfig.DefaultFileName);
        if (given is null && !File.Exists(path))
        {
            var defaults = new OptimizerOptions();
            return defaults with { Cache = defaults.Cache with { Path = Path.GetFullPath(CacheOptions.DefaultFolderName) } };
        }
        var options = OptimizerConfig.Load(path);
        var folder = Path.GetDirectoryName(path)!;
        return options with
        {
            Site = options.Site is { } site && !SiteOptimizer.Pipeline.SiteOptimizerPipeline.IsUrl(site) ? Path.GetFullPath(site, folder) : options.Site,
            Output = options.Output is { } output ? Path.GetFullPath(output, folder) : null,
            Report = options.Report with
            {
                Json = options.Report.Json is { } json ? Path.GetFullPath(json, folder) : null,
                Html = options.Report.Html is { } html ? Path.GetFullPath(html, folder) : null,
            },
            Cache = options.Cache with { Path = Path.GetFullPath(options.Cache.Path ?? CacheOptions.DefaultFolderName, folder) },
        };
    }
}
