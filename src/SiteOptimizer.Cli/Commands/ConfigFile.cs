using SiteOptimizer.Configuration;

namespace SiteOptimizer.Cli.Commands;

/// <summary>Which optimizer.json a command uses: the one given, else one in the current folder, else the defaults.</summary>
internal static class ConfigFile
{
    public static OptimizerOptions Load(FileInfo? given)
    {
        if (given is not null)
        {
            return OptimizerConfig.Load(given.FullName);
        }
        var local = Path.Combine(Environment.CurrentDirectory, OptimizerConfig.DefaultFileName);
        return File.Exists(local) ? OptimizerConfig.Load(local) : new OptimizerOptions();
    }
}
